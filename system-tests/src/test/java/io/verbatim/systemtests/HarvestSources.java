package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.contracts.EventJson;
import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.SimulatorConfig;
import io.verbatim.simulator.meeting.Language;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Archives for the tests to harvest, and their sources defined through an ingest-service's admin API. */
final class HarvestSources {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HarvestSources() {
    }

    /** A started archive of English records; the seed varies per run so that runs do not share records. */
    static ArchiveSimulator archive(int records, int pageSize, long seed) {
        ArchiveSimulator archive = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(records).pageSize(pageSize)
                .seed(seed + System.nanoTime() % 100_000).languages(List.of(Language.EN)).crawlDelay(Duration.ZERO).build());
        archive.start();
        return archive;
    }

    /**
     * Defines an OAI-PMH source on the archive, harvested every second, one file at a time (the paced streams of the
     * fault tests are timed so that a harvest is still under way when the fault strikes); returns its id.
     */
    static String add(String ingestUrl, ArchiveSimulator archive) throws IOException, InterruptedException {
        String source = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> definition = Map.of("id", source, "type", "oai-pmh", "every", "PT1S",
                "settings", Map.of("url", archive.oaiBaseUrl(), "languages", "en", "delay", "0s", "robots", "false",
                        "max-in-flight", "1"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/sources"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(EventJson.toBytes(definition)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return source;
    }

    static void remove(String ingestUrl, String source) throws IOException, InterruptedException {
        HTTP.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/sources/" + source)).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** The source as {@code GET /api/sources/{id}} shows it: state, counts, whether this instance harvests it. */
    static JsonNode status(String ingestUrl, String source) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/sources/" + source)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return EventJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
