package io.verbatim.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.bench.VariedRecords.VariedRecord;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.record.SpeechTurn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Fills the real indices behind their aliases, created as index-service's bootstrap creates them (the contracts'
 * definitions, then the alias), with varied records by bare {@code _bulk} requests of up to
 * {@link BareBulk#REQUEST_BYTES}, built and sent one after another so that only one is ever in memory. Refresh is off
 * while loading and set back to the definition's value after.
 */
final class SearchIndexLoad {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String url;

    /** What was loaded and how long it took. */
    record Loaded(int records, long turns, long bytes, int requests, double seconds) {
    }

    SearchIndexLoad(String elasticsearchUrl) {
        this.url = elasticsearchUrl;
    }

    void createIndices() {
        for (Indices index : Indices.values()) {
            send("PUT", "/" + index.index(), index.definition());
            send("PUT", "/" + index.index() + "/_alias/" + index.alias(), null);
            send("PUT", "/" + index.index() + "/_settings", "{\"index\":{\"refresh_interval\":\"-1\"}}");
        }
    }

    /** Sends varied records until at least {@code turns} speech turns are in, each with its document. */
    Loaded load(VariedRecords records, long turns) {
        long start = System.nanoTime();
        StringBuilder body = new StringBuilder(BareBulk.REQUEST_BYTES + (1 << 20));
        long loadedTurns = 0;
        long bytes = 0;
        int requests = 0;
        int n = 0;
        while (loadedTurns < turns) {
            VariedRecord record = records.copy(n++);
            for (SpeechTurn turn : record.speeches()) {
                append(body, Indices.SPEECHES, IndexedSources.speechId(record, turn), IndexedSources.speech(record, turn));
            }
            append(body, Indices.DOCUMENTS, record.recordId(), IndexedSources.document(record));
            loadedTurns += record.speeches().size();
            if (body.length() >= BareBulk.REQUEST_BYTES || loadedTurns >= turns) {
                bytes += bulk(body.toString());
                requests++;
                body.setLength(0);
            }
        }
        return new Loaded(n, loadedTurns, bytes, requests, (System.nanoTime() - start) / 1e9);
    }

    /** Refresh back on as defined, a refresh, and with {@code forceMerge} one segment per index. */
    void settle(boolean forceMerge) throws IOException {
        for (Indices index : Indices.values()) {
            String interval = JSON.readTree(index.definition()).path("settings").path("refresh_interval").asText("1s");
            send("PUT", "/" + index.index() + "/_settings", "{\"index\":{\"refresh_interval\":\"" + interval + "\"}}");
        }
        send("POST", "/_refresh", null);
        if (forceMerge) {
            send("POST", "/_forcemerge?max_num_segments=1", null);
        }
    }

    /** Per index: documents, size on disk, segments. */
    String describe() throws IOException {
        StringBuilder out = new StringBuilder();
        JsonNode stats = JSON.readTree(send("GET", "/_stats/docs,store,segments", null)).path("indices");
        for (Indices index : Indices.values()) {
            JsonNode total = stats.path(index.index()).path("primaries");
            out.append(String.format("  %-22s %,9d docs  %7.1f MB on disk  %3d segments%n", index.index(),
                    total.path("docs").path("count").asLong(), total.path("store").path("size_in_bytes").asLong() / 1e6,
                    total.path("segments").path("count").asInt()));
        }
        return out.toString();
    }

    private static void append(StringBuilder body, Indices index, String id, Map<String, Object> source) {
        try {
            body.append("{\"index\":{\"_index\":\"").append(index.alias()).append("\",\"_id\":")
                    .append(JSON.writeValueAsString(id)).append("}}\n").append(JSON.writeValueAsString(source)).append('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the source of " + id, e);
        }
    }

    private long bulk(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(url + "/_bulk")).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        if (response.statusCode() != 200 || response.body().contains("\"errors\":true")) {
            throw new IllegalStateException("a bulk request of the search-latency load failed (HTTP " + response.statusCode() + "): "
                    + firstError(response.body()));
        }
        return bytes.length;
    }

    private static String firstError(String answer) {
        int at = answer.indexOf("\"error\"");
        return answer.substring(Math.max(0, at), Math.min(answer.length(), Math.max(0, at) + 600));
    }

    private String send(String method, String path, String json) {
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.method() + " " + request.uri(), e);
        }
    }
}
