package io.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A throw-away index on the bench's node: created, filled with speech turns, searched, by plain HTTP. */
final class RelevanceIndex {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final String name;

    RelevanceIndex(String baseUrl, String name) {
        this.url = baseUrl;
        this.name = name;
    }

    void create(String definitionJson, List<Map<String, Object>> turns) {
        send("DELETE", "/" + name, null);
        expectOk(send("PUT", "/" + name, definitionJson), "create " + name);
        StringBuilder bulk = new StringBuilder();
        try {
            for (Map<String, Object> turn : turns) {
                bulk.append(JSON.writeValueAsString(Map.of("index", Map.of("_id", turn.get("id"))))).append('\n');
                bulk.append(JSON.writeValueAsString(turn)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse<String> response = send("POST", "/" + name + "/_bulk?refresh=true", bulk.toString());
        expectOk(response, "bulk into " + name);
        if (response.body().contains("\"errors\":true")) {
            throw new IllegalStateException("some turns were not indexed into " + name + ": " + response.body());
        }
    }

    /** The ids of the hits of {@code searchBody}, best first. */
    List<String> search(String searchBody) {
        HttpResponse<String> response = send("POST", "/" + name + "/_search", searchBody);
        expectOk(response, "search " + name);
        List<String> ids = new ArrayList<>();
        try {
            for (JsonNode hit : JSON.readTree(response.body()).path("hits").path("hits")) {
                ids.add(hit.path("_id").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("cannot " + what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }
}
