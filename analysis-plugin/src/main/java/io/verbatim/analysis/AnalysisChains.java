package io.verbatim.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The filter chains of the six UN languages, each made of Lucene's own filters. The token filter components
 * expose one step each; the analyzer components put whole chains together from the same methods, so a chain
 * used in a mapping and one built from the parts in index settings are the same.
 */
final class AnalysisChains {

    /**
     * French elided articles and pronouns (Lucene's French list plus the conjunctions); the filter strips them
     * before an ASCII apostrophe or a typographic one (U+2019) alike.
     */
    static final CharArraySet ELIDED = CharArraySet.unmodifiableSet(new CharArraySet(java.util.List.of(
            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true));

    private AnalysisChains() {
    }

    /** Case and accents folded, compatibility forms (full-width, ligatures) mapped: ICU's UTR#30 folding. */
    static TokenStream folding(TokenStream in) {
        return new ICUFoldingFilter(in);
    }

    static TokenStream elision(TokenStream in) {
        return new ElisionFilter(in, ELIDED);
    }

    /** Possessive {@code 's} dropped, then plurals reduced ({@code resolutions} to {@code resolution}). */
    static TokenStream englishStem(TokenStream in) {
        return new EnglishMinimalStemFilter(new EnglishPossessiveFilter(in));
    }

    static TokenStream frenchStem(TokenStream in) {
        return new FrenchLightStemFilter(in);
    }

    static TokenStream spanishStem(TokenStream in) {
        return new SpanishLightStemFilter(in);
    }

    /** Lower case, ё read as е (as most Russian text prints it), then Lucene's light stemmer for the cases. */
    static TokenStream russianStem(TokenStream in) {
        return new RussianLightStemFilter(new YoFoldingFilter(new LowerCaseFilter(in)));
    }

    /**
     * Arabic digits as ASCII, alef and hamza forms, taa marbuta, alef maqsura, diacritics and tatweel
     * normalised, then the article and attached particles ({@code ال}, {@code وال}, {@code بال}, ...) and common
     * suffixes removed.
     */
    static TokenStream arabic(TokenStream in) {
        return new ArabicStemFilter(new ArabicNormalizationFilter(new DecimalDigitFilter(in)));
    }

    /** Han, Hiragana, Katakana and Hangul runs as overlapping bigrams; a lone character stays a unigram. */
    static TokenStream cjkBigrams(TokenStream in) {
        return new CJKBigramFilter(in);
    }

    static TokenStream english(TokenStream in) {
        return englishStem(folding(in));
    }

    static TokenStream french(TokenStream in) {
        return frenchStem(elision(folding(in)));
    }

    static TokenStream spanish(TokenStream in) {
        return spanishStem(folding(in));
    }

    static TokenStream russian(TokenStream in) {
        return russianStem(in);
    }

    static TokenStream arabicChain(TokenStream in) {
        return arabic(new LowerCaseFilter(in));
    }
}
