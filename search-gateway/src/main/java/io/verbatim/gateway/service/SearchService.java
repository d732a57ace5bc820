package io.verbatim.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.RecordIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a search and shapes its hits and facets for the API. */
@ApplicationScoped
public class SearchService {

    private final ElasticsearchClient client;
    private final SearchQueryBuilder queries;

    public SearchService(ElasticsearchClient client, SearchQueryBuilder queries) {
        this.client = client;
        this.queries = queries;
    }

    public SearchResult search(SearchRequest request) throws IOException {
        SearchResponse<ObjectNode> response = client.search(queries.build(request), ObjectNode.class);
        List<String> snippetFields = SearchQueryBuilder.snippetFields(QueryLanguages.of(request));
        List<SearchHit> hits = response.hits().hits().stream().map(hit -> hitOf(hit, snippetFields)).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(request.text(), total, request.from(), request.size(), response.took(), hits,
                facetsOf(response.aggregations()));
    }

    private static SearchHit hitOf(Hit<ObjectNode> hit, List<String> snippetFields) {
        ObjectNode source = hit.source();
        boolean speech = hit.index().startsWith(Indices.SPEECHES.alias());
        String recordId = text(source, "recordId");
        Integer seq = integer(source, "seq");
        String snippet = snippetFields.stream().map(field -> hit.highlight().get(field))
                .filter(fragments -> fragments != null && !fragments.isEmpty())
                .map(List::getFirst).findFirst().orElse(null);
        return new SearchHit(speech ? SearchHit.SPEECH : SearchHit.DOCUMENT, recordId,
                speech && seq != null ? RecordIds.speechId(recordId, seq) : null, seq, text(source, "symbol"),
                text(source, "language"), text(source, "date"), text(source, "body"), integer(source, "meetingNumber"),
                text(source, "speaker"), text(source, "role"), text(source, "country"), text(source, "countryName"),
                text(source, "spokenLanguage"), integer(source, "page"), text(source, "title"), snippet, hit.score());
    }

    private static Map<String, List<SearchResult.FacetValue>> facetsOf(Map<String, Aggregate> aggregations) {
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : SearchQueryBuilder.FACETS) {
            Aggregate aggregate = aggregations.get(facet);
            if (aggregate != null && aggregate.isSterms()) {
                facets.put(facet, aggregate.sterms().buckets().array().stream()
                        .map(bucket -> new SearchResult.FacetValue(bucket.key().stringValue(), bucket.docCount()))
                        .toList());
            }
        }
        return facets;
    }

    private static String text(JsonNode source, String field) {
        JsonNode value = source == null ? null : source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode source, String field) {
        JsonNode value = source == null ? null : source.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
