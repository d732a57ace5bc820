package io.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.RecordIds;
import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.SimulatorConfig;
import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.simulator.meeting.Language;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Harvest throughput and freshness against a running system ({@code ./verbatim up}): an archive simulator in
 * this process, harvested by the running ingest-service through the Sources API.
 * <ol>
 *   <li>throughput: records per second from the simulator to the {@code fetched} topic (the source's published
 *       count), with politeness off and at a set delay between requests;</li>
 *   <li>freshness: a record published every few seconds, and the time until the gateway finds it (median,
 *       95th percentile) with the source polling at a given interval.</li>
 * </ol>
 */
public final class HarvestBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String gatewayUrl;
    private final String apiKey;

    private HarvestBenchmark(String ingestUrl, String gatewayUrl, String apiKey) {
        this.ingestUrl = ingestUrl;
        this.gatewayUrl = gatewayUrl;
        this.apiKey = apiKey;
    }

    /** The admin key ./verbatim up made ($VERBATIM_API_KEY, else .verbatim/api-key), or none. */
    private static String apiKey() throws IOException {
        String fromEnvironment = System.getenv("VERBATIM_API_KEY");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        java.nio.file.Path file = RepoPaths.repoRoot().resolve(System.getenv().getOrDefault("VERBATIM_HOME", ".verbatim")).resolve("api-key");
        return java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file).strip() : "";
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Duration delay = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 100);
        int freshRecords = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Duration every = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 2);
        HarvestBenchmark bench = new HarvestBenchmark(
                System.getenv().getOrDefault("VERBATIM_INGEST_URL", "http://127.0.0.1:8081"),
                System.getenv().getOrDefault("VERBATIM_GATEWAY_URL", "http://127.0.0.1:8080"), apiKey());
        bench.requireRunningSystem();
        System.out.printf("harvest throughput, %d records (one English PDF each), OAI pages of 50%n", records);
        bench.throughput(records, Duration.ZERO, "politeness off");
        bench.throughput(Math.max(20, records / 10), delay, "delay " + delay.toMillis() + " ms");
        System.out.printf("%nfreshness, %d records published one every 3 s, the source polled every %d s%n", freshRecords, every.toSeconds());
        bench.freshness(freshRecords, every);
    }

    private void throughput(int records, Duration delay, String label) throws Exception {
        try (ArchiveSimulator archive = archive(records)) {
            String source = addSource(archive, delay, Duration.ofSeconds(1));
            Instant start = Instant.now();
            long published = 0;
            while (published < records) {
                Thread.sleep(100);
                published = status(source).path("recordsPublished").asLong();
                if (Duration.between(start, Instant.now()).toMinutes() >= 20) {
                    throw new IllegalStateException("only " + published + " of " + records + " after 20 minutes");
                }
            }
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            System.out.printf("  %-18s %6d records in %7.1f s: %7.1f records/s (%d requests to the archive)%n", label, records, seconds,
                    records / seconds, archive.requests().size());
            removeSource(source);
        }
    }

    private void freshness(int count, Duration every) throws Exception {
        try (ArchiveSimulator archive = archive(0)) {
            String source = addSource(archive, Duration.ZERO, every);
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ArchivedRecord record = archive.publish(1).getFirst();
                Instant published = Instant.now();
                String recordId = RecordIds.recordId(source, archive.oaiIdentifier(record.recid()), "en");
                while (!searchable(recordId)) {
                    Thread.sleep(50);
                    if (Duration.between(published, Instant.now()).toMinutes() >= 5) {
                        throw new IllegalStateException(record.symbol() + " (" + recordId + ") not searchable after 5 minutes");
                    }
                }
                latencies.add(Duration.between(published, Instant.now()).toMillis());
                Thread.sleep(Math.max(0, 3000 - Duration.between(published, Instant.now()).toMillis()));
            }
            Collections.sort(latencies);
            System.out.printf("  publication to searchable: median %.1f s, p95 %.1f s, max %.1f s (n=%d)%n",
                    percentile(latencies, 50) / 1000.0, percentile(latencies, 95) / 1000.0, latencies.getLast() / 1000.0, count);
            removeSource(source);
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static ArchiveSimulator archive(int records) {
        ArchiveSimulator archive = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(records).pageSize(50)
                .seed(System.nanoTime()).languages(List.of(Language.EN)).crawlDelay(Duration.ZERO).build());
        archive.start();
        return archive;
    }

    /** The gateway serves the record (by its id: other archives have records of the same symbol). */
    private boolean searchable(String recordId) throws IOException, InterruptedException {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/documents/" + recordId)).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200;
    }

    private void requireRunningSystem() {
        try {
            get(ingestUrl + "/api/sources");
            get(gatewayUrl + "/api/search?q=x&size=1");
        } catch (IOException | InterruptedException e) {
            System.err.println("bench/harvest measures a running system: start it with ./verbatim up (" + e.getMessage() + ")");
            System.exit(2);
        }
    }

    private String addSource(ArchiveSimulator archive, Duration delay, Duration every) throws IOException, InterruptedException {
        String source = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> definition = Map.of("id", source, "type", "oai-pmh", "every", every.toString(),
                "settings", Map.of("url", archive.oaiBaseUrl(), "languages", "en", "delay", delay.toMillis() + "ms", "robots", "false"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/sources"))
                .header("Content-Type", "application/json").header("X-Api-Key", apiKey).POST(HttpRequest.BodyPublishers.ofByteArray(EventJson.toBytes(definition)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("cannot add the source: " + response.body());
        }
        return source;
    }

    private void removeSource(String source) throws IOException, InterruptedException {
        HTTP.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/sources/" + source)).header("X-Api-Key", apiKey).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private JsonNode status(String source) throws IOException, InterruptedException {
        return get(ingestUrl + "/api/sources/" + source);
    }

    private JsonNode get(String uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                        .header("X-Api-Key", apiKey).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return EventJson.mapper().readTree(response.body());
    }
}
