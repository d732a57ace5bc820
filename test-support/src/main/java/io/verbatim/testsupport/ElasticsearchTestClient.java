package io.verbatim.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Plain HTTP calls to the test node for assertions: refresh, count, search, get, create and delete indices. */
public final class ElasticsearchTestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code baseUrl} like {@code http://127.0.0.1:9200}. */
    public ElasticsearchTestClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static ElasticsearchTestClient of(TestInfrastructure infra) {
        return new ElasticsearchTestClient(infra.elasticsearchUrl());
    }

    public void refresh(String index) {
        send("POST", "/" + encode(index) + "/_refresh", null, true);
    }

    /** Refreshes, then counts; 0 while the index (or alias) does not exist yet. */
    public long count(String index) {
        HttpResponse<String> refreshed = send("POST", "/" + encode(index) + "/_refresh", null, false);
        if (refreshed.statusCode() == 404) {
            return 0;
        }
        return parse(send("GET", "/" + encode(index) + "/_count", null, true).body()).path("count").asLong();
    }

    /** The whole search response for a query body, e.g. {@code {"query":{"match":{"text":"disarmament"}}}}. */
    public JsonNode search(String index, String queryJson) {
        return parse(send("POST", "/" + encode(index) + "/_search", queryJson, true).body());
    }

    /** The {@code _source} of each hit. */
    public List<JsonNode> hits(String index, String queryJson) {
        List<JsonNode> sources = new ArrayList<>();
        search(index, queryJson).path("hits").path("hits").forEach(hit -> sources.add(hit.path("_source")));
        return sources;
    }

    /** The {@code _source} of a document, or null when there is none with that id. */
    public JsonNode get(String index, String id) {
        HttpResponse<String> response = send("GET", "/" + encode(index) + "/_doc/" + encode(id), null, false);
        if (response.statusCode() == 404) {
            return null;
        }
        requireSuccess("GET", "/" + index + "/_doc/" + id, response);
        return parse(response.body()).path("_source");
    }

    public void createIndex(String index, String bodyJson) {
        send("PUT", "/" + encode(index), bodyJson, true);
    }

    /** Deletes the index; no error when it does not exist. */
    public void deleteIndex(String index) {
        send("DELETE", "/" + encode(index), null, false);
    }

    /** Any call; with {@code requireSuccess} a status of 300 or more is an error that quotes the answer. */
    public HttpResponse<String> send(String method, String path, String jsonBody, boolean requireSuccess) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (requireSuccess) {
                requireSuccess(method, path, response);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + baseUrl + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + baseUrl + path, e);
        }
    }

    private void requireSuccess(String method, String path, HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + baseUrl + path + " answered " + response.statusCode()
                    + ": " + response.body());
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%2C", ",").replace("%2A", "*");
    }
}
