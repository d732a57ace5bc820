package io.verbatim.gateway.service;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The opaque {@code next} of a search answer: the point in time the pages are read from, where the last page
 * ended ({@code search_after}), how many hits came so far, and the search itself, so that {@code after=CURSOR}
 * alone fetches the next page, with no duplicate and no gap however the index changes meanwhile.
 *
 * @param params the search's parameters as the API received them (q, type, filters, dateFrom, dateTo, size, sort)
 */
public record SearchCursor(String pit, List<Object> after, long seen, Map<String, String> params) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
        } catch (Exception e) {
            throw new IllegalStateException("cannot write a cursor", e);
        }
    }

    public static SearchCursor decode(String text) {
        try {
            SearchCursor cursor = JSON.readValue(Base64.getUrlDecoder().decode(text.strip()), new TypeReference<SearchCursor>() { });
            if (cursor.pit() == null || cursor.after() == null || cursor.params() == null) {
                throw new IllegalArgumentException("incomplete");
            }
            return cursor;
        } catch (Exception e) {
            throw new InvalidSearchException("after must be the next cursor of an earlier answer, as it was given");
        }
    }

    /** The search_after values as Elasticsearch takes them back. */
    List<FieldValue> searchAfter() {
        return after.stream().map(SearchCursor::fieldValue).toList();
    }

    static List<Object> valuesOf(List<FieldValue> sort) {
        return sort.stream().map(FieldValue::_get).map(v -> v instanceof String || v instanceof Number || v instanceof Boolean ? v
                : String.valueOf(v)).toList();
    }

    private static FieldValue fieldValue(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return FieldValue.of(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return FieldValue.of(number.doubleValue());
        }
        if (value instanceof Boolean bool) {
            return FieldValue.of(bool);
        }
        return value == null ? FieldValue.NULL : FieldValue.of(String.valueOf(value));
    }
}
