package io.verbatim.parser.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VocabularyTests {

    /** Every section a reader asks for, so that a language file missing one fails here, not in production. */
    private static final List<String> SECTIONS = List.of("organization", "president-line", "secretariat-titles");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void everyLanguageHasEverySection(String language) {
        for (String section : SECTIONS) {
            assertThat(Vocabulary.bundled().phrases(section, language)).as(language + " [" + section + "]").isNotEmpty();
        }
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
