package io.verbatim.gateway.service;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field qualifiers people type in a search box ({@code speaker:biontino}, {@code country:DEU},
 * {@code symbol:S/PV.*}, {@code body:"Security Council"}, {@code lang:fr}), taken out of the free text and
 * turned into filters. A qualifier with nothing after the colon is left as text.
 *
 * @param text    the query without its qualifiers
 * @param filters filter name to value: {@code language}, {@code country}, {@code symbol}, {@code body}, and
 *                {@link #SPEAKER_WORDS} for a speaker matched by words, accents and case aside
 */
record FieldQualifiers(String text, Map<String, String> filters) {

    /** A speaker qualifier: the words of the name as printed, in any case and with or without accents. */
    static final String SPEAKER_WORDS = "speakerWords";

    private static final Pattern QUALIFIER = Pattern.compile("(?<=^|\\s)(speaker|country|symbol|body|lang):(\"[^\"]+\"|[^\\s\"]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> FILTER_OF = Map.of("speaker", SPEAKER_WORDS, "country", "country", "symbol", "symbol",
            "body", "body", "lang", "language");

    static FieldQualifiers of(String query) {
        Map<String, String> filters = new LinkedHashMap<>();
        Matcher matcher = QUALIFIER.matcher(query);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            String field = matcher.group(1).toLowerCase(Locale.ROOT);
            String value = matcher.group(2).replace("\"", "").strip();
            filters.put(FILTER_OF.get(field), field.equals("country") || field.equals("symbol") ? value.toUpperCase(Locale.ROOT)
                    : field.equals("lang") ? value.toLowerCase(Locale.ROOT) : value);
            matcher.appendReplacement(rest, " ");
        }
        matcher.appendTail(rest);
        return new FieldQualifiers(rest.toString().replaceAll("\\s+", " ").strip(), filters);
    }
}
