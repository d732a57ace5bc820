package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.FetchedEvent;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.Topics;
import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.KafkaTestConsumer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archive simulator harvested by the packaged ingest-service, through parse and index to search: deleted
 * records leave search, and killing the instance that harvests mid-harvest loses and duplicates nothing.
 */
class HarvestEndToEndIT {

    private static final Duration WITHIN = Duration.ofMinutes(3);
    private static RunningPipeline pipeline;
    private static ServiceProcess first;
    private static ServiceProcess second;
    private static KafkaTestConsumer fetched;
    private static ElasticsearchTestClient elasticsearch;
    private static IndexedRecords indexed;

    @BeforeAll
    static void startPipeline() throws IOException {
        pipeline = RunningPipeline.shared();
        first = pipeline.startHarvestingIngest("ingest-harvester-1");
        second = pipeline.startHarvestingIngest("ingest-harvester-2");
        fetched = new KafkaTestConsumer(pipeline.infrastructure().kafkaBootstrapServers(), Topics.FETCHED);
        elasticsearch = ElasticsearchTestClient.of(pipeline.infrastructure());
        indexed = new IndexedRecords(elasticsearch);
    }

    @AfterAll
    static void close() {
        fetched.close();
        if (first.isAlive()) {
            first.stop();
        }
        if (second.isAlive()) {
            second.stop();
        }
    }

    @Test
    void harvestedRecordsBecomeSearchableAndDeletedOnesLeaveSearch() throws Exception {
        try (ArchiveSimulator archive = HarvestSources.archive(8, 5, 101)) {
            String ingest = (first.isAlive() ? first : second).baseUrl();
            String source = HarvestSources.add(ingest, archive);
            List<ArchivedRecord> records = archive.records();
            await("8 harvested records searchable").atMost(WITHIN).until(() -> indexed.documentsOf(source) == 8);

            List<ArchivedRecord> deleted = records.subList(0, 2);
            archive.delete(deleted.stream().map(ArchivedRecord::recid).toList());

            await("the 2 deleted records gone from search").atMost(WITHIN).until(() -> indexed.documentsOf(source) == 6);
            for (ArchivedRecord record : deleted) {
                assertThat(hitsOfSymbol(record.symbol())).as("speech turns of deleted " + record.symbol()).isZero();
            }
            assertThat(hitsOfSymbol(records.get(2).symbol())).as("turns of a record still there").isPositive();
            HarvestSources.remove(ingest, source);
        }
    }

    @Test
    void killingTheHarvestingInstanceMidHarvestLosesAndDuplicatesNothingAndTheOtherTakesOver() throws Exception {
        assertThat(first.isAlive() && second.isAlive()).as("two harvesting instances").isTrue();
        try (ArchiveSimulator archive = HarvestSources.archive(120, 10, 202)) {
            archive.slowResponses(Duration.ofMillis(60));
            String source = HarvestSources.add(first.baseUrl(), archive);
            await("the harvest under way").atMost(WITHIN).until(() -> eventsOf(source).size() >= 30);

            List<ServiceProcess> instances = List.of(first, second);
            assertThat(instances.stream().filter(i -> harvestsHere(i.baseUrl(), source)).count())
                    .as("instances harvesting " + source).isEqualTo(1);
            assertThat(instances.stream().filter(i -> "elsewhere".equals(HarvestSources.status(i.baseUrl(), source).path("state").asText())).count())
                    .as("instances that leave " + source + " to the other").isEqualTo(1);
            ServiceProcess harvesting = harvestsHere(second.baseUrl(), source) ? second : first;
            ServiceProcess survivor = harvesting == second ? first : second;
            harvesting.kill();
            archive.slowResponses(Duration.ZERO);

            await("all 120 records, harvested on by the survivor").atMost(WITHIN).until(() -> indexed.documentsOf(source) == 120);
            List<FetchedEvent> events = eventsOf(source);
            Set<String> distinct = events.stream().map(FetchedEvent::recordId).collect(Collectors.toSet());
            assertThat(distinct).hasSize(120);
            // Only a record published in the instant between Kafka's ack and the ledger write can be sent twice.
            assertThat(events.size() - distinct.size()).as("records published twice").isLessThanOrEqualTo(1);
            assertThat(HarvestSources.status(survivor.baseUrl(), source).path("state").asText()).isEqualTo("running");
            HarvestSources.remove(survivor.baseUrl(), source);
        }
    }

    @Test
    void theSourceCommandsDefineListPauseAndRemoveASourceThroughTheRunningService() throws Exception {
        try (ArchiveSimulator archive = HarvestSources.archive(3, 5, 303)) {
            String ingest = (first.isAlive() ? first : second).baseUrl();
            String source = "cli-" + UUID.randomUUID().toString().substring(0, 8);

            assertThat(admin("source", "add", source, "--type", "oai-pmh", "--url", archive.oaiBaseUrl(), "--every", "2s",
                    "--languages", "en", "--delay", "0s", "--setting", "robots=false", "--ingest-url", ingest)).contains(source + " (oai-pmh)");
            await("3 records of " + source).atMost(WITHIN).until(() -> indexed.documentsOf(source) == 3);

            assertThat(admin("source", "list", "--ingest-url", ingest)).containsPattern(source + "\\s+oai-pmh\\s+\\S+");
            assertThat(admin("source", "pause", source, "--ingest-url", ingest)).contains("paused");
            assertThat(admin("source", "show", source, "--ingest-url", ingest)).contains("recordsPublished: 3");
            assertThat(admin("source", "remove", source, "--ingest-url", ingest)).contains("removed source " + source);
            assertThat(admin("source", "show", source, "--ingest-url", ingest)).isEmpty();
        }
    }

    /** What {@code verbatim-admin} printed; nothing when it failed (it then prints its error to stderr). */
    private static String admin(String... args) {
        java.io.PrintStream standardOut = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        int exit;
        System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            exit = new picocli.CommandLine(new io.verbatim.admin.VerbatimAdmin()).execute(args);
        } finally {
            System.setOut(standardOut);
        }
        return exit == 0 ? printed.toString(StandardCharsets.UTF_8) : "";
    }





    private static boolean harvestsHere(String ingestUrl, String source) {
        return HarvestSources.status(ingestUrl, source).path("harvesting").asBoolean();
    }

    private static List<FetchedEvent> eventsOf(String source) {
        return fetched.records().stream()
                .map(r -> EventJson.fromBytes(r.value().getBytes(StandardCharsets.UTF_8), FetchedEvent.class))
                .filter(e -> source.equals(e.sourceId()))
                .toList();
    }


    private static long hitsOfSymbol(String symbol) {
        elasticsearch.refresh(Indices.SPEECHES.alias());
        return elasticsearch.hits(Indices.SPEECHES.alias(), "{\"size\":1,\"query\":{\"term\":{\"symbol\":\"" + symbol + "\"}}}").size();
    }
}
