package io.verbatim.parser.language;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tolerant comparison key for names printed in any of the six languages: NFKC (Arabic presentation
 * forms, full-width characters), case and accents folded, hyphens and apostrophes unified. Arabic also
 * loses its short vowels, tatweel and every alef, because extractors read the lam-alef ligature as
 * alef-lam ({@code باإلنكليزية}) and alef forms vary between editions.
 */
public final class MatchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ARABIC_ALEFS = Pattern.compile("[\u0627\u0623\u0625\u0622\u0671]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u200B-\u200F]+");

    private MatchKey() {
    }

    public static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replace('\u0640', ' ').replace('\u0649', '\u064A').replace('\u0629', '\u0647');
        s = ARABIC_ALEFS.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'')
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-")
                .replace(" - ", " ").replace("-", " ");
        s = SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return s.replace('ё', 'е');
    }
}
