package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verbatim.contracts.DeadLetterHeaders;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.Topics;
import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.testsupport.ElasticsearchNode;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.KafkaBroker;
import io.verbatim.testsupport.KafkaTestConsumer;
import io.verbatim.testsupport.PrometheusMetrics;
import io.verbatim.testsupport.TestPdfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults struck while a few hundred harvested records are in flight, on the packaged services, a real broker and a
 * real node: after each, every record is searchable exactly once with the turns it was written with, and nothing
 * good was dead-lettered on the way.
 */
class FaultToleranceIT {

    private static final int RECORDS = 240;
    private static final Duration WITHIN = HarvestedStream.WITHIN;
    private static final Duration ELASTICSEARCH_OUTAGE = Duration.ofSeconds(30);

    private static RunningPipeline pipeline;
    private static ServiceProcess harvester;
    private static IndexedRecords indexed;
    private static HarvestedStream stream;
    private static KafkaTestConsumer parseDeadLetters;
    private static KafkaTestConsumer indexDeadLetters;

    @BeforeAll
    static void startPipeline() throws IOException {
        pipeline = RunningPipeline.shared();
        harvester = pipeline.startHarvestingIngest("ingest-faults");
        indexed = new IndexedRecords(ElasticsearchTestClient.of(pipeline.infrastructure()));
        stream = new HarvestedStream(harvester, indexed, RECORDS);
        parseDeadLetters = new KafkaTestConsumer(pipeline.infrastructure().kafkaBootstrapServers(), Topics.PARSE_DLQ);
        indexDeadLetters = new KafkaTestConsumer(pipeline.infrastructure().kafkaBootstrapServers(), Topics.INDEX_DLQ);
    }

    @AfterAll
    static void close() {
        parseDeadLetters.close();
        indexDeadLetters.close();
        // other harvest tests count the harvesting instances they start themselves
        harvester.stop();
    }

    @Test
    void killingEachServiceInTurnMidStreamLosesAndDuplicatesNothing() throws Exception {
        List<ServiceProcess> victims = List.of(pipeline.service("parse-service"), pipeline.service("index-service"), harvester,
                pipeline.service("search-gateway"));
        try (ArchiveSimulator archive = pacedArchive(501)) {
            String source = HarvestSources.add(harvester.baseUrl(), archive);
            for (int i = 0; i < victims.size(); i++) {
                ServiceProcess victim = victims.get(i);
                awaitDocuments(source, (i + 1) * RECORDS / 6, "before " + victim.module() + " is killed");
                victim.kill();
                victim.restart();
            }

            awaitEveryRecordOnce(archive, source);
            assertThat(new GatewayClient(pipeline.gatewayUrl()).search("", "type=documents").path("total").asLong())
                    .as("documents the restarted gateway finds").isGreaterThanOrEqualTo(RECORDS);
            HarvestSources.remove(harvester.baseUrl(), source);
        }
    }

    @Test
    void theBrokerKilledMidStreamAndStartedAgainLosesAndDuplicatesNothing() throws Exception {
        KafkaBroker broker = pipeline.infrastructure().kafka();
        try (ArchiveSimulator archive = pacedArchive(502)) {
            String source = HarvestSources.add(harvester.baseUrl(), archive);
            awaitDocuments(source, RECORDS / 4, "before the broker is killed");

            broker.kill();
            await("the harvester reports the broker gone").atMost(Duration.ofSeconds(60)).until(() -> !harvester.isReady());
            broker.start();

            awaitEveryRecordOnce(archive, source);
            await("the harvester ready again").atMost(WITHIN).until(harvester::isReady);
            HarvestSources.remove(harvester.baseUrl(), source);
        }
    }

    @Test
    void elasticsearchDownForThirtySecondsMidStreamLosesAndDuplicatesNothing() throws Exception {
        ElasticsearchNode node = pipeline.infrastructure().elasticsearch();
        ServiceProcess index = pipeline.service("index-service");
        try (ArchiveSimulator archive = pacedArchive(503)) {
            String source = HarvestSources.add(harvester.baseUrl(), archive);
            awaitDocuments(source, RECORDS / 4, "before Elasticsearch stops");

            node.halt();
            Instant down = Instant.now();
            await("index-service reports Elasticsearch gone").atMost(ELASTICSEARCH_OUTAGE).until(() -> !index.isReady());
            await("the rest of the outage").atMost(ELASTICSEARCH_OUTAGE.plusSeconds(5)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Duration.between(down, Instant.now()).compareTo(ELASTICSEARCH_OUTAGE) >= 0);
            node.start();

            awaitDocuments(source, RECORDS, "after the outage");
            // checked before the turns: a batch given up on is parked whole, and a write cut short by the outage
            // leaves its records with part of their turns
            Set<String> recordIds = Set.copyOf(indexed.recordIdsOf(source));
            assertThat(indexDeadLetters.records()).as("records dead-lettered while Elasticsearch was down")
                    .noneMatch(letter -> recordIds.contains(letter.key()));
            awaitEveryRecordOnce(archive, source);
            await("index-service ready again").atMost(WITHIN).until(index::isReady);
            HarvestSources.remove(harvester.baseUrl(), source);
        }
    }

    @Test
    void poisonAmongGoodRecordsIsDeadLetteredWithItsReasonAndTheGoodOnesAllArrive(@TempDir Path secrets) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String secret = "secret-" + UUID.randomUUID();
        Path secretFile = Files.writeString(secrets.resolve("secret.txt"), secret);
        try (ArchiveSimulator archive = pacedArchive(504)) {
            String source = HarvestSources.add(harvester.baseUrl(), archive);
            awaitDocuments(source, RECORDS / 6, "before the poison is dropped");
            double failedBefore = parseFailuresOfTheInbox();

            // each poison record unique to this run: the same bytes dropped by an earlier test are a duplicate, not poison
            pipeline.drop(run + "-corrupt.pdf", ("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage " + run).getBytes(StandardCharsets.US_ASCII));
            pipeline.drop(run + "-encrypted.pdf",
                    TestPdfs.passwordProtected("S/PV.9997 The President: I call the meeting to order. " + UUID.randomUUID()));
            pipeline.drop(run + "-empty.pdf", new byte[0]);
            pipeline.drop(run + "-fifty-megabytes.txt", fiftyMegabytesOfText(run));
            pipeline.drop(run + "-hostile.xml", hostileXml(secretFile).getBytes(StandardCharsets.UTF_8));

            awaitEveryRecordOnce(archive, source);
            assertThat(awaitDeadLetterReason(run + "-corrupt.pdf")).contains("cannot parse " + run + "-corrupt.pdf");
            assertThat(awaitDeadLetterReason(run + "-encrypted.pdf")).containsIgnoringCase("encrypted");
            assertThat(awaitDeadLetterReason(run + "-fifty-megabytes.txt")).contains("MB");
            await(run + "-empty.pdf rejected at the inbox").atMost(WITHIN)
                    .until(() -> Files.exists(pipeline.inbox().resolve("rejected/" + run + "-empty.pdf.reason.txt")));
            assertThat(pipeline.inbox().resolve("rejected/" + run + "-empty.pdf.reason.txt")).content().contains("empty file");
            await(run + "-hostile.xml taken and dealt with").atMost(WITHIN)
                    .until(() -> Files.exists(pipeline.inbox().resolve("processed/" + run + "-hostile.xml")));
            assertThat(searchEverywhere(secret)).as("hits for the contents of a file the hostile XML refers to").isZero();
            assertThat(searchEverywhere("lollollol")).as("hits for an entity expanded").isZero();
            assertThat(parseFailuresOfTheInbox() - failedBefore).as("records parse-service counts as failed").isEqualTo(3.0);
            HarvestSources.remove(harvester.baseUrl(), source);
        }
    }

    @Test
    void theDashboardQueriesOnlyFiguresTheServicesExpose() throws Exception {
        try (ArchiveSimulator archive = HarvestSources.archive(5, 5, 505)) {
            String source = HarvestSources.add(harvester.baseUrl(), archive);
            String corrupt = UUID.randomUUID() + "-corrupt.pdf";
            pipeline.drop(corrupt, ("%PDF-1.4\n%%EOF garbage " + corrupt).getBytes(StandardCharsets.US_ASCII));
            awaitDocuments(source, 5, "so that every stage has counted something");

            String dashboard = Files.readString(pipeline.repositoryRoot().resolve("ops/grafana/dashboards/verbatim.json"));
            Set<String> queried = new TreeSet<>();
            Matcher name = Pattern.compile("\\b((?:verbatim|kafka)_[a-z_]+)").matcher(dashboard);
            while (name.find()) {
                queried.add(name.group(1));
            }
            Set<String> exposed = new TreeSet<>(PrometheusMetrics.of(harvester.baseUrl()).names());
            for (String module : List.of("ingest-service", "parse-service", "index-service", "search-gateway")) {
                exposed.addAll(PrometheusMetrics.of(pipeline.service(module).baseUrl()).names());
            }
            assertThat(queried).as("figures the dashboard queries").isNotEmpty();
            assertThat(exposed).as("figures the services expose").containsAll(queried);
            HarvestSources.remove(harvester.baseUrl(), source);
        }
    }

    private static ArchiveSimulator pacedArchive(long seed) {
        return HarvestedStream.pacedArchive(RECORDS, seed);
    }

    private static void awaitDocuments(String source, int atLeast, String when) {
        stream.awaitDocuments(source, atLeast, when);
    }

    private static void awaitEveryRecordOnce(ArchiveSimulator archive, String source) {
        stream.awaitEveryRecordOnce(archive, source);
    }

    private static double parseFailuresOfTheInbox() {
        return PrometheusMetrics.of(pipeline.service("parse-service").baseUrl())
                .value("verbatim_records_total", Map.of("stage", "parse", "outcome", "failed", "source", "inbox"));
    }

    private static String awaitDeadLetterReason(String fileName) {
        return await(fileName + " on " + Topics.PARSE_DLQ).atMost(WITHIN)
                .until(() -> parseDeadLetters.records().stream().filter(r -> r.value().contains(fileName)).findFirst(),
                        Optional::isPresent)
                .orElseThrow().header(DeadLetterHeaders.REASON);
    }

    private static long searchEverywhere(String text) {
        ElasticsearchTestClient elasticsearch = ElasticsearchTestClient.of(pipeline.infrastructure());
        long hits = 0;
        for (Indices index : Indices.values()) {
            elasticsearch.refresh(index.alias());
            hits += elasticsearch.search(index.alias(), "{\"query\":{\"query_string\":{\"query\":\"\\\"" + text + "\\\"\"}}}")
                    .path("hits").path("total").path("value").asLong();
        }
        return hits;
    }

    /** An external entity that would read a local file, inside a billion laughs. */
    private static String hostileXml(Path secretFile) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE record [
                  <!ENTITY secret SYSTEM "%s">
                  <!ENTITY lol "lol">
                  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                ]>
                <record><symbol>S/PV.9999</symbol><text>The President: &secret; &lol4;</text></record>
                """.formatted(secretFile.toUri());
    }

    private static byte[] fiftyMegabytesOfText(String run) {
        String paragraph = "  The President: The Council will now hear the next speaker on the maintenance of peace.\n\n";
        StringBuilder text = new StringBuilder(50 * 1024 * 1024 + paragraph.length()).append("S/PV.9998 ").append(run).append("\n\n");
        while (text.length() < 50 * 1024 * 1024) {
            text.append(paragraph);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
