package io.verbatim.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.contracts.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The search API as a web client sees it. */
final class GatewayClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    JsonNode search(String query, String... filters) {
        StringBuilder uri = new StringBuilder(baseUrl).append("/api/search?q=")
                .append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        for (String filter : filters) {
            uri.append('&').append(filter);
        }
        return getJson(uri.toString());
    }

    /** The hits of a search, as a list. */
    List<JsonNode> hits(String query, String... filters) {
        List<JsonNode> hits = new ArrayList<>();
        search(query, filters).path("hits").forEach(hits::add);
        return hits;
    }

    /** The status a GET of this path answers. */
    int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode getJson(String uri) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return EventJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
