package io.verbatim.parser.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VocabularyTests {

    /** Every section a reader asks for, so that a language file missing one fails here, not in production. */
    private static final List<String> SECTIONS = List.of("organization", "president-line", "secretariat-titles",
            "label-functions", "organizations", "chair", "secretary-general", "officials", "personal-titles",
            "interpretation-note", "language-names", "event-recorded-vote", "event-suspension", "event-resumption",
            "event-closing", "event-opening", "event-decision", "event-adoption", "event-change-of-chair");
    /** Sections whose lines are regular expressions. */
    private static final List<String> PATTERN_SECTIONS = List.of("interpretation-note", "event-recorded-vote",
            "event-suspension", "event-resumption", "event-closing", "event-opening", "event-decision", "event-adoption");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void everyLanguageHasEverySection(String language) {
        for (String section : SECTIONS) {
            assertThat(Vocabulary.bundled().phrases(section, language)).as(language + " [" + section + "]").isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void everyPatternCompilesAndEveryLanguageNameHasItsCode(String language) {
        for (String section : PATTERN_SECTIONS) {
            for (String pattern : Vocabulary.bundled().phrases(section, language)) {
                assertThatCode(() -> Pattern.compile(pattern)).as(language + " [" + section + "] " + pattern).doesNotThrowAnyException();
            }
        }
        assertThat(Vocabulary.bundled().phrases("interpretation-note", language))
                .allSatisfy(note -> assertThat(Pattern.compile(note).matcher("").groupCount()).as(note).isEqualTo(1));
        assertThat(Vocabulary.bundled().phrases("language-names", language))
                .allSatisfy(row -> assertThat(row.split("\\s+", 2)[0]).isIn(Vocabulary.LANGUAGES));
    }

    @Test
    void phrasesOfAllLanguagesComeInTheUnsOrder() {
        assertThat(Vocabulary.bundled().phrases("organization"))
                .containsExactly("الأمم المتحدة", "联合国", "United Nations", "Nations Unies", "Организация Объединенных Наций", "Naciones Unidas");
    }

    @Test
    void commentsAndBlankLinesAreSkipped() throws Exception {
        Map<String, List<String>> sections = Vocabulary.parse(new BufferedReader(new StringReader("""
                # a comment
                [titles]
                Mr.

                # another
                Ms.
                [empty]
                """)), "test.txt");

        assertThat(sections).containsEntry("titles", List.of("Mr.", "Ms.")).containsEntry("empty", List.of());
    }

    @Test
    void aPhraseBeforeAnySectionIsAnError() {
        assertThatThrownBy(() -> Vocabulary.parse(new BufferedReader(new StringReader("Mr.\n")), "bad.txt"))
                .hasMessageContaining("bad.txt:1");
    }
}
