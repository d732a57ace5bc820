package io.verbatim.contracts;

import java.util.List;

/**
 * The analysed forms of a record's {@code text} in both index definitions: the standard analysis on
 * {@code text} itself, words as printed on {@code text.exact}, and one subfield per UN language analysed by the
 * analysis plugin's chain for it; Chinese also as bigrams. A turn is searched on the subfield of its own language.
 */
public final class TextFields {

    public static final String TEXT = "text";
    /** Lower-cased, nothing else: exact phrases. */
    public static final String EXACT = "text.exact";
    /** Chinese as overlapping character bigrams, beside the words of {@code text.zh}. */
    public static final String ZH_BIGRAM = "text.zh_bigram";
    /**
     * What the record reports after a turn (an adoption, a vote, a suspension) with the same subfields as
     * {@code text}: a search for {@code resolution 71/158} finds the turn the adoption follows.
     */
    public static final String PROCEDURE = "procedure";
    public static final String PROCEDURE_EXACT = "procedure.exact";
    public static final String PROCEDURE_ZH_BIGRAM = "procedure.zh_bigram";
    /** The six UN languages, ISO 639-1, each with its subfield {@code text.<language>}. */
    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private TextFields() {
    }

    /** {@code text.fr} for {@code fr}. */
    public static String of(String language) {
        return subfield(TEXT, language);
    }

    /** {@code procedure.fr} for {@code fr}. */
    public static String procedureOf(String language) {
        return subfield(PROCEDURE, language);
    }

    private static String subfield(String field, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no analysed text field for language '" + language + "'");
        }
        return field + "." + language;
    }
}
