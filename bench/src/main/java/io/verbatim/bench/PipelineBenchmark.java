package io.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.Indices;
import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.SimulatorConfig;
import io.verbatim.simulator.meeting.Language;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole pipeline under load: a synthetic archive of N records (one English PDF each) in this process, harvested
 * over OAI-PMH with politeness off by ingest-service, parsed by parse-service and written by index-service, each
 * from its packaged jar with the launcher's heap, on a native Kafka and Elasticsearch started here. Timed from the
 * moment the source is defined until every record is searchable; then the same final documents are sent by a bare
 * {@code _bulk} into the same node, the yardstick. Prints records and pages per second, the time from each record's
 * arrival to its write to the index (median, 95th, 99th percentile, from the documents' own timestamps), and each
 * service's resident memory as the run went on and at its peak.
 */
public final class PipelineBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> SERVICES = List.of("ingest-service", "parse-service", "index-service");
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(90);
    private static final String SOURCE = "bench-archive";

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String heap = System.getenv().getOrDefault("SERVICE_HEAP", "256m");
        Path root = RepoPaths.repoRoot();
        SERVICES.forEach(module -> PackagedService.jarOf(root, module));
        System.out.printf("the whole pipeline on %d synthetic records (one English PDF each), services with -Xmx%s, %d cores%n",
                records, heap, Runtime.getRuntime().availableProcessors());

        TestInfrastructure infra = TestInfrastructure.all();
        Path data = Files.createTempDirectory(Files.createDirectories(root.resolve("bench/target")), "pipeline-data");
        Map<String, PackagedService> services = new LinkedHashMap<>();
        try (ArchiveSimulator archive = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(records).pageSize(100)
                .seed(20261203).languages(List.of(Language.EN)).crawlDelay(Duration.ZERO).build())) {
            archive.start();
            for (String module : SERVICES) {
                services.put(module, PackagedService.start(root, module, heap, properties(module, infra, data), ""));
            }
            ElasticsearchTestClient elasticsearch = ElasticsearchTestClient.of(infra);
            Map<String, Long> pids = new LinkedHashMap<>();
            services.forEach((module, service) -> pids.put(module, service.pid()));

            double seconds = harvestAll(services.get("ingest-service"), archive, elasticsearch, records, pids);
            Totals totals = totals(elasticsearch);
            List<Long> freshness = freshnessMillis(elasticsearch);
            Map<String, Double> peaks = new LinkedHashMap<>();
            pids.forEach((module, pid) -> peaks.put(module, ResidentMemory.peakMb(pid)));

            BareBulk bulk = BareBulk.ofEverythingIndexed(elasticsearch);
            double bareSeconds = bulk.send(infra.elasticsearchUrl(), elasticsearch);

            System.out.printf("%n  pipeline     %8.1f s  %7.1f records/s  %7.1f pages/s  (%d records, %d pages, %d speech turns)%n",
                    seconds, records / seconds, totals.pages() / seconds, totals.documents(), totals.pages(), totals.turns());
            System.out.printf("  bare _bulk   %8.1f s  %7.1f records/s  (the same %.1f MB of final documents, %d requests)%n",
                    bareSeconds, records / bareSeconds, bulk.bytes() / 1e6, bulk.requests());
            System.out.printf("  the pipeline reaches %.0f%% of the bare figure%n", 100 * bareSeconds / seconds);
            System.out.printf("  arrival to written: median %.1f s, p95 %.1f s, p99 %.1f s, max %.1f s%n",
                    percentile(freshness, 50) / 1000.0, percentile(freshness, 95) / 1000.0, percentile(freshness, 99) / 1000.0,
                    freshness.getLast() / 1000.0);
            peaks.forEach((module, mb) -> System.out.printf("  %-15s peak resident %6.0f MB%n", module, mb));
        } finally {
            for (PackagedService service : services.values()) {
                service.close();
            }
            infra.stop();
        }
    }

    private static Map<String, String> properties(String module, TestInfrastructure infra, Path data) {
        Map<String, String> properties = new TreeMap<>(Map.of("kafka.bootstrap.servers", infra.kafkaBootstrapServers(),
                "quarkus.elasticsearch.hosts", infra.elasticsearchHostAndPort(), "verbatim.data-dir", data.toString()));
        if (module.equals("ingest-service")) {
            properties.put("verbatim.inbox.enabled", "false");
            properties.put("verbatim.harvest.tick", "200ms");
        }
        return properties;
    }

    /** Defines the source and waits until every record is searchable; prints progress and memory on the way. */
    private static double harvestAll(PackagedService ingest, ArchiveSimulator archive, ElasticsearchTestClient elasticsearch,
            int records, Map<String, Long> pids) throws Exception {
        Map<String, Object> definition = Map.of("id", SOURCE, "type", "oai-pmh", "every", "PT5S",
                "settings", Map.of("url", archive.oaiBaseUrl(), "languages", "en", "delay", "0s", "robots", "false"));
        long start = System.nanoTime();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/api/sources"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(EventJson.toBytes(definition)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot define the source: " + created.statusCode() + " " + created.body());
        }
        long searchable = 0;
        int nextReport = 1;
        while (searchable < records) {
            Thread.sleep(500);
            elasticsearch.refresh(Indices.DOCUMENTS.alias());
            searchable = elasticsearch.count(Indices.DOCUMENTS.alias());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (searchable >= (long) records * nextReport / 4) {
                System.out.printf("  %3d%% searchable after %7.1f s; resident MB %s%n", 25 * nextReport, seconds, rounded(ResidentMemory.nowMb(pids)));
                nextReport++;
            }
            if (seconds > GIVE_UP_AFTER.toSeconds()) {
                throw new IllegalStateException("only " + searchable + " of " + records + " records searchable after " + GIVE_UP_AFTER);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Map<String, Long> rounded(Map<String, Double> sizes) {
        Map<String, Long> rounded = new LinkedHashMap<>();
        sizes.forEach((name, mb) -> rounded.put(name.replace("-service", ""), Math.round(mb)));
        return rounded;
    }

    private record Totals(long documents, long pages, long turns) {
    }

    private static Totals totals(ElasticsearchTestClient elasticsearch) {
        JsonNode answer = elasticsearch.search(Indices.DOCUMENTS.alias(), """
                {"size": 0, "track_total_hits": true,
                 "aggs": {"pages": {"sum": {"field": "pageCount"}}, "turns": {"sum": {"field": "speechCount"}}}}""");
        return new Totals(answer.path("hits").path("total").path("value").asLong(),
                answer.path("aggregations").path("pages").path("value").asLong(),
                answer.path("aggregations").path("turns").path("value").asLong());
    }

    /** For each document, the time from its arrival (ingest-service fetched it) to its write (index-service), sorted. */
    private static List<Long> freshnessMillis(ElasticsearchTestClient elasticsearch) {
        List<Long> millis = new ArrayList<>();
        String after = null;
        while (true) {
            String query = "{\"size\":1000,\"sort\":[\"_doc\"],\"_source\":[\"fetchedAt\",\"indexedAt\"]"
                    + (after == null ? "" : ",\"search_after\":" + after) + "}";
            JsonNode hits = elasticsearch.search(Indices.DOCUMENTS.alias(), query).path("hits").path("hits");
            if (hits.isEmpty()) {
                break;
            }
            for (JsonNode hit : hits) {
                Instant fetched = Instant.parse(hit.path("_source").path("fetchedAt").asText());
                Instant indexed = Instant.parse(hit.path("_source").path("indexedAt").asText());
                millis.add(Duration.between(fetched, indexed).toMillis());
                after = hit.path("sort").toString();
            }
        }
        Collections.sort(millis);
        return millis;
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
