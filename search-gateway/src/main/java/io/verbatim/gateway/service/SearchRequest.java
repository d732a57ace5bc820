package io.verbatim.gateway.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A validated search: text (may be empty: browse newest first), what to search, filters and a page.
 *
 * @param filters field name to exact value, for the fields in {@link #FILTER_FIELDS}, and the field qualifiers of
 *                the text ({@link FieldQualifiers}); a parameter wins over a qualifier of the same field
 */
public record SearchRequest(String text, Scope scope, Map<String, String> filters, LocalDate dateFrom,
                            LocalDate dateTo, int from, int size, Sort sort) {

    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default window: deeper pages need search_after, which the API does not offer yet. */
    public static final int MAX_WINDOW = 10_000;
    public static final Set<String> FILTER_FIELDS = Set.of("language", "country", "spokenLanguage", "body", "symbol",
            "role", "speaker", "agendaItem");
    private static final int MAX_TEXT_LENGTH = 1_000;

    public enum Scope {
        ALL, SPEECHES, DOCUMENTS
    }

    /** Best matches first (newest first when there is no text), oldest first, or newest first. */
    public enum Sort {
        RELEVANCE("relevance"), DATE("date"), NEWEST("-date");

        private final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }

        static Sort of(String value) {
            if (value == null || value.isBlank()) {
                return RELEVANCE;
            }
            for (Sort sort : values()) {
                if (sort.parameter.equals(value.strip())) {
                    return sort;
                }
            }
            throw new InvalidSearchException("sort must be relevance, date or -date, not '" + value + "'");
        }
    }

    /** As the API receives it: every parameter a string, checked here, so that a wrong one is a 400 naming it. */
    public static SearchRequest of(String text, String scope, Map<String, String> filters, String dateFrom,
                                   String dateTo, String from, String size, String sort) {
        return of(text, scope, filters, dateFrom, dateTo, QueryParameters.wholeNumber("from", from),
                QueryParameters.wholeNumber("size", size), Sort.of(sort));
    }

    public static SearchRequest of(String text, String scope, Map<String, String> filters, String dateFrom,
                                   String dateTo, Integer from, Integer size) {
        return of(text, scope, filters, dateFrom, dateTo, from, size, Sort.RELEVANCE);
    }


    private static SearchRequest of(String text, String scope, Map<String, String> filters, String dateFrom,
                                    String dateTo, Integer from, Integer size, Sort sort) {
        String typed = text == null ? "" : text.strip();
        if (typed.length() > MAX_TEXT_LENGTH) {
            throw new InvalidSearchException("query is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        FieldQualifiers qualifiers = FieldQualifiers.of(typed);
        String query = qualifiers.text();
        int first = from == null ? 0 : from;
        int pageSize = size == null ? 20 : size;
        if (first < 0 || pageSize < 1 || pageSize > MAX_SIZE) {
            throw new InvalidSearchException("from must be >= 0 and size between 1 and " + MAX_SIZE);
        }
        if (first + pageSize > MAX_WINDOW) {
            throw new InvalidSearchException("from + size must not exceed " + MAX_WINDOW + "; narrow the search");
        }
        Map<String, String> nonBlank = new LinkedHashMap<>(qualifiers.filters());
        filters.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                nonBlank.put(field, value.strip());
            }
        });
        return new SearchRequest(query, scopeOf(scope), nonBlank, dateOf("dateFrom", dateFrom), dateOf("dateTo", dateTo),
                first, pageSize, sort);
    }

    private static Scope scopeOf(String scope) {
        if (scope == null || scope.isBlank()) {
            return Scope.ALL;
        }
        try {
            return Scope.valueOf(scope.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException("type must be all, speeches or documents, not '" + scope + "'");
        }
    }

    private static LocalDate dateOf(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSearchException(name + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }
}
