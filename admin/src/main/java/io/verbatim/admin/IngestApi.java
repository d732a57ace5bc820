package io.verbatim.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.contracts.EventJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The admin API of ingest-service, as the {@code source} commands call it; its errors become readable lines. */
final class IngestApi {

    @Option(names = "--ingest-url", defaultValue = "${env:VERBATIM_INGEST_URL:-http://127.0.0.1:8081}",
            description = "The ingest service (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--api-key", defaultValue = "${env:VERBATIM_API_KEY}",
            description = "The admin API key, sent as X-Api-Key (default: $VERBATIM_API_KEY; ./verbatim source passes it).")
    String apiKey;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    JsonNode get(String path) throws ApiException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    JsonNode post(String path, Object body) throws ApiException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(EventJson.toBytes(body));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(publisher));
    }

    JsonNode delete(String path) throws ApiException {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    private URI uri(String path) {
        return URI.create(baseUrl.replaceAll("/+$", "") + path);
    }

    private JsonNode send(HttpRequest.Builder request) throws ApiException {
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-Api-Key", apiKey);
        }
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0 ? null : EventJson.mapper().readTree(response.body());
            if (response.statusCode() >= 400) {
                String error = body != null && body.hasNonNull("error") ? body.get("error").asText() : "HTTP " + response.statusCode();
                throw new ApiException(error);
            }
            return body;
        } catch (ConnectException e) {
            throw new ApiException("the ingest service does not answer on " + baseUrl + "; start Verbatim with ./verbatim up");
        } catch (IOException e) {
            throw new ApiException(built.method() + " " + built.uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted");
        }
    }

    /** What the API answered instead of doing it. */
    static final class ApiException extends Exception {
        ApiException(String message) {
            super(message);
        }
    }
}
