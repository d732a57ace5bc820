package io.verbatim.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
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

    /** A search from {@code from} (no cursor beyond it), as before cursors existed. */
    public SearchResult search(SearchRequest request) throws IOException {
        SearchResponse<ObjectNode> response = client.search(queries.build(request), ObjectNode.class);
        return resultOf(request, response, request.from(), null);
    }

    /**
     * The first page of a search that can be followed: it runs in a new point in time, and the answer's
     * {@code next} cursor leads to the following page while more hits exist.
     *
     * @param params the parameters as received, kept in the cursor so that it alone fetches the next page
     */
    public SearchResult firstPage(SearchRequest request, Map<String, String> params) throws IOException {
        if (request.from() > 0) {
            return search(request);
        }
        String pit = client.openPointInTime(open -> open.index(SearchQueryBuilder.indicesOf(request.scope()))
                .keepAlive(keep -> keep.time(SearchQueryBuilder.PIT_KEEP_ALIVE)).ignoreUnavailable(true)).id();
        return page(request, new SearchCursor(pit, List.of(), 0, params));
    }

    /** The page after the one that gave the cursor. */
    public SearchResult nextPage(String after, java.util.function.Function<Map<String, String>, SearchRequest> requestOf)
            throws IOException {
        SearchCursor cursor = SearchCursor.decode(after);
        try {
            return page(requestOf.apply(cursor.params()), cursor);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                throw new InvalidSearchException("the cursor has expired (no page was fetched for "
                        + SearchQueryBuilder.PIT_KEEP_ALIVE + "); search again");
            }
            throw e;
        }
    }

    private SearchResult page(SearchRequest request, SearchCursor cursor) throws IOException {
        SearchResponse<ObjectNode> response = client.search(queries.build(request, cursor.pit(), cursor.searchAfter()), ObjectNode.class);
        List<Hit<ObjectNode>> hits = response.hits().hits();
        long seen = cursor.seen() + hits.size();
        long total = response.hits().total() == null ? seen : response.hits().total().value();
        String next = null;
        String pit = response.pitId() != null ? response.pitId() : cursor.pit();
        if (seen < total && !hits.isEmpty()) {
            next = new SearchCursor(pit, SearchCursor.valuesOf(hits.getLast().sort()), seen, cursor.params()).encode();
        } else {
            closeQuietly(pit);
        }
        return resultOf(request, response, cursor.seen(), next);
    }

    private SearchResult resultOf(SearchRequest request, SearchResponse<ObjectNode> response, long from, String next) {
        List<String> snippetFields = SearchQueryBuilder.snippetFields(QueryLanguages.of(request));
        List<SearchHit> hits = response.hits().hits().stream().map(hit -> hitOf(hit, snippetFields)).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(request.text(), total, from, request.size(), response.took(), hits,
                facetsOf(response.aggregations()), next);
    }

    private void closeQuietly(String pit) {
        try {
            client.closePointInTime(close -> close.id(pit));
        } catch (IOException | RuntimeException e) {
            // It expires by itself within its keep-alive.
        }
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
        for (String facet : SearchQueryBuilder.FACETS.keySet()) {
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
