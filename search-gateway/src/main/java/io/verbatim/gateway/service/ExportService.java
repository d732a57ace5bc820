package io.verbatim.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.contracts.Indices;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Streams every hit of a search (up to a limit) as CSV or JSON Lines, read page by page in one point in time,
 * so that memory stays bounded however many hits there are and no hit is written twice or skipped.
 */
@ApplicationScoped
public class ExportService {

    public static final int DEFAULT_LIMIT = 10_000;
    public static final int MAX_LIMIT = 100_000;
    private static final int PAGE = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient client;
    private final SearchQueryBuilder queries;

    public ExportService(ElasticsearchClient client, SearchQueryBuilder queries) {
        this.client = client;
        this.queries = queries;
    }

    public static int limitOf(String value) {
        Integer limit = QueryParameters.wholeNumber("limit", value);
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new InvalidSearchException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    public void export(SearchRequest request, ExportFormat format, int limit, OutputStream out) throws IOException {
        SearchRequest pages = new SearchRequest(request.text(), request.scope(), request.filters(), request.dateFrom(), request.dateTo(),
                0, Math.min(PAGE, limit), request.sort());
        String pit = client.openPointInTime(open -> open.index(SearchQueryBuilder.indicesOf(request.scope()))
                .keepAlive(keep -> keep.time(SearchQueryBuilder.PIT_KEEP_ALIVE)).ignoreUnavailable(true)).id();
        try {
            if (format == ExportFormat.CSV) {
                out.write(ExportRow.csvHeader().getBytes(StandardCharsets.UTF_8));
            }
            List<FieldValue> after = List.of();
            int written = 0;
            while (written < limit) {
                SearchResponse<ObjectNode> response = client.search(queries.build(pages, pit, after, true), ObjectNode.class);
                pit = response.pitId() != null ? response.pitId() : pit;
                List<Hit<ObjectNode>> hits = response.hits().hits();
                for (Hit<ObjectNode> hit : hits.subList(0, Math.min(hits.size(), limit - written))) {
                    ExportRow row = ExportRow.of(hit.source(), hit.index().startsWith(Indices.SPEECHES.alias()));
                    out.write((format == ExportFormat.CSV ? row.csv() : JSON.writeValueAsString(row.values()) + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                    written++;
                }
                if (hits.size() < pages.size()) {
                    break;
                }
                after = hits.getLast().sort();
                out.flush();
            }
        } finally {
            String opened = pit;
            try {
                client.closePointInTime(close -> close.id(opened));
            } catch (IOException | RuntimeException e) {
                // It expires by itself.
            }
        }
    }
}
