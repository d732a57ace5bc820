package io.verbatim.gateway.service;

import io.verbatim.contracts.TextFields;
import java.util.List;

/**
 * The languages a query is analysed for: the {@code language} filter when given, else the ones its script is
 * written in (Latin could be English, French or Spanish), else, for digits and symbols only, all six.
 */
final class QueryLanguages {

    private QueryLanguages() {
    }

    static List<String> of(SearchRequest request) {
        String filtered = request.filters().get("language");
        if (filtered != null) {
            return TextFields.LANGUAGES.contains(filtered) ? List.of(filtered) : List.of();
        }
        return ofScript(request.text());
    }

    static List<String> ofScript(String text) {
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            switch (Character.UnicodeScript.of(codePoint)) {
                case HAN -> {
                    return List.of("zh");
                }
                case ARABIC -> {
                    return List.of("ar");
                }
                case CYRILLIC -> {
                    return List.of("ru");
                }
                case LATIN -> latin = true;
                default -> {
                }
            }
        }
        return latin ? List.of("en", "fr", "es") : TextFields.LANGUAGES;
    }
}
