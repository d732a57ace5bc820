package io.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.contracts.Indices;
import io.verbatim.testsupport.ElasticsearchTestClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The yardstick of the indexing benchmarks: every document Verbatim wrote, read back and sent again with nothing
 * but {@code _bulk} requests into fresh indices with the same definitions, in the same node.
 */
final class BareBulk {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int REQUEST_BYTES = 8 << 20;

    private final List<String> bodies;

    private BareBulk(List<String> bodies) {
        this.bodies = bodies;
    }

    /** Every document behind the aliases, as bulk bodies of at most {@link #REQUEST_BYTES} into the bare indices. */
    static BareBulk ofEverythingIndexed(ElasticsearchTestClient elasticsearch) {
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (Indices index : Indices.values()) {
            elasticsearch.refresh(index.alias());
            String after = null;
            while (true) {
                String query = "{\"size\":1000,\"sort\":[\"_doc\"]" + (after == null ? "" : ",\"search_after\":" + after) + "}";
                JsonNode hits = elasticsearch.search(index.alias(), query).path("hits").path("hits");
                if (hits.isEmpty()) {
                    break;
                }
                for (JsonNode hit : hits) {
                    body.append("{\"index\":{\"_index\":\"").append(bareIndex(index)).append("\",\"_id\":\"")
                            .append(hit.path("_id").asText()).append("\"}}\n").append(hit.path("_source").toString()).append('\n');
                    if (body.length() >= REQUEST_BYTES) {
                        bodies.add(body.toString());
                        body.setLength(0);
                    }
                    after = hit.path("sort").toString();
                }
            }
        }
        if (!body.isEmpty()) {
            bodies.add(body.toString());
        }
        return new BareBulk(bodies);
    }

    long bytes() {
        return bodies.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    int requests() {
        return bodies.size();
    }

    /** Creates the bare indices and sends every body; returns the seconds the requests took. */
    double send(String elasticsearchUrl, ElasticsearchTestClient elasticsearch) throws IOException, InterruptedException {
        for (Indices index : Indices.values()) {
            elasticsearch.createIndex(bareIndex(index), index.definition());
        }
        long start = System.nanoTime();
        for (String body : bodies) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/_bulk"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"errors\":true")) {
                throw new IllegalStateException("the bare bulk failed: " + response.body().substring(0, Math.min(500, response.body().length())));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String bareIndex(Indices index) {
        return "bare-" + index.name().toLowerCase();
    }
}
