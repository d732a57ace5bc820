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
    /** The six UN languages, ISO 639-1, each with its subfield {@code text.<language>}. */
    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private TextFields() {
    }

    /** {@code text.fr} for {@code fr}. */
    public static String of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no analysed text field for language '" + language + "'");
        }
        return TEXT + "." + language;
    }
}
