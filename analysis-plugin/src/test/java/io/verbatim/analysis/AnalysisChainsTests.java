package io.verbatim.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AnalysisChainsTests {

    @Test
    void frenchFoldsAccentsRemovesElisionWithEitherApostropheAndStemsPlurals() {
        Analyzer french = new FrenchAnalyzerFactory().create();

        assertThat(tokens(french, "garanties de sécurité")).isEqualTo(tokens(french, "garantie de securite"));
        assertThat(tokens(french, "l'Union")).isEqualTo(tokens(french, "l’Union")).isEqualTo(tokens(french, "union"));
        assertThat(tokens(french, "d’Ivoire")).containsExactly(tokens(french, "Ivoire").getFirst());
    }

    @Test
    void englishDropsPossessivesAndPlurals() {
        Analyzer english = new EnglishAnalyzerFactory().create();

        assertThat(tokens(english, "Council's resolutions")).isEqualTo(tokens(english, "council resolution"));
        assertThat(tokens(english, "Côte d’Ivoire")).isEqualTo(tokens(english, "cote d'ivoire"));
    }

    @Test
    void spanishFoldsAndStemsPlurals() {
        Analyzer spanish = new SpanishAnalyzerFactory().create();

        assertThat(tokens(spanish, "las negociaciones nucleares")).isEqualTo(tokens(spanish, "las negociación nuclear"));
    }

    @Test
    void russianStemsCasesAndReadsYoAsYe() {
        Analyzer russian = new RussianAnalyzerFactory().create();

        assertThat(tokens(russian, "гарантий безопасности")).isEqualTo(tokens(russian, "гарантии безопасность"));
        assertThat(tokens(russian, "ещё")).isEqualTo(tokens(russian, "еще"));
        assertThat(tokens(russian, "Совет")).isEqualTo(tokens(russian, "Совета"));
    }

    @Test
    void arabicNormalisesHamzaTaaMarbutaDiacriticsTatweelAndTheArticle() {
        Analyzer arabic = new ArabicAnalyzerFactory().create();

        assertThat(tokens(arabic, "الأمم المتحدة")).isEqualTo(tokens(arabic, "امم متحده"));
        assertThat(tokens(arabic, "بالإنكليزية")).isEqualTo(tokens(arabic, "انكليزيه"));
        assertThat(tokens(arabic, "الأمـــم")).isEqualTo(tokens(arabic, "الأُمَم")).isEqualTo(tokens(arabic, "امم"));
        assertThat(tokens(arabic, "منطقه خاليه")).isEqualTo(tokens(arabic, "منطقة خالية"));
    }

    @Test
    void chineseIsSegmentedIntoWordsAndAlsoIndexedAsBigrams() {
        assertThat(tokens(new ChineseWordsAnalyzerFactory().create(), "消极安全保证")).containsExactly("消极", "安全", "保证");
        assertThat(tokens(new ChineseBigramAnalyzerFactory().create(), "人权理事会"))
                .containsExactly("人权", "权理", "理事", "事会");
    }

    @Test
    void exactKeepsWordsAsPrintedAndFoldedFoldsThem() {
        assertThat(tokens(new ExactAnalyzerFactory().create(), "Sécurité")).containsExactly("sécurité");
        assertThat(tokens(new FoldedAnalyzerFactory().create(), "M. Nebenzia, Mme Núñez")).containsExactly("m", "nebenzia",
                "mme", "nunez");
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return tokens;
    }
}
