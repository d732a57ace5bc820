package io.verbatim.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.verbatim.contracts.Indices;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Completes what a user types in a speaker, country or symbol box: the values that begin with it (a speaker's
 * name from any of its words, accents ignored: {@code neb} suggests {@code Mr. Nebenzia}; a country by its code or
 * the beginning of its printed name, suggested as its code, the same in every language), most turns first.
 */
@ApplicationScoped
public class SuggestService {

    public static final int MAX_SIZE = 20;
    private static final int MAX_PREFIX_LENGTH = 100;
    private static final String VALUES = "values";
    /** For each field that can be completed, the keyword whose values are suggested. */
    private static final Map<String, String> SUGGESTED = Map.of("speaker", "speaker.raw", "country", "country",
            "symbol", "symbol");

    private final ElasticsearchClient client;

    public SuggestService(ElasticsearchClient client) {
        this.client = client;
    }

    public record Suggestion(String value, long count) {
    }

    public List<Suggestion> suggest(String field, String prefix, Integer size) throws IOException {
        if (field == null || !SUGGESTED.containsKey(field)) {
            throw new InvalidSearchException("field must be speaker, country or symbol, not '" + field + "'");
        }
        String typed = prefix == null ? "" : prefix.strip();
        if (typed.isEmpty() || typed.length() > MAX_PREFIX_LENGTH) {
            throw new InvalidSearchException("prefix must hold 1 to " + MAX_PREFIX_LENGTH + " characters");
        }
        int count = size == null ? 10 : size;
        if (count < 1 || count > MAX_SIZE) {
            throw new InvalidSearchException("size must be between 1 and " + MAX_SIZE);
        }
        String keyword = SUGGESTED.get(field);
        SearchResponse<Void> response = client.search(search -> search.index(Indices.SPEECHES.alias())
                .size(0).query(beginningWith(field, typed))
                .aggregations(VALUES, aggregation -> aggregation.terms(terms -> terms.field(keyword).size(count))), Void.class);
        return response.aggregations().get(VALUES).sterms().buckets().array().stream()
                .map(bucket -> new Suggestion(bucket.key().stringValue(), bucket.docCount())).toList();
    }

    private static Query beginningWith(String field, String typed) {
        return switch (field) {
            case "speaker" -> Query.of(q -> q.matchPhrasePrefix(m -> m.field("speaker").query(typed)));
            case "country" -> Query.of(q -> q.bool(b -> b
                    .should(s -> s.prefix(p -> p.field("countryName").value(typed).caseInsensitive(true)))
                    .should(s -> s.term(t -> t.field("country").value(typed.toUpperCase(Locale.ROOT))))));
            default -> Query.of(q -> q.prefix(p -> p.field("symbol").value(typed).caseInsensitive(true)));
        };
    }
}
