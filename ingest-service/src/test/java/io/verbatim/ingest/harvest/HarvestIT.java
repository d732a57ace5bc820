package io.verbatim.ingest.harvest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.FetchedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.Topics;
import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.SimulatorConfig;
import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.simulator.http.LoggedRequest;
import io.verbatim.simulator.meeting.Language;
import io.verbatim.testsupport.KafkaTestConsumer;
import io.verbatim.testsupport.KafkaTestResource;
import io.verbatim.testsupport.PrometheusMetrics;
import io.verbatim.testsupport.TestInfrastructure;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Harvests of the archive simulator over HTTP into a real Kafka: what arrives on {@code verbatim.fetched}, how
 * often, and what the source's status says. Each test has its own archive and source id.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class HarvestIT {

    /** Long enough for several harvests at {@code every=1s}: anything they would repeat shows up. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration WITHIN = Duration.ofMinutes(3);

    private static final java.util.concurrent.atomic.AtomicLong SEEDS = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    private static KafkaTestConsumer fetched;

    @BeforeAll
    static void readFetchedTopic() {
        fetched = new KafkaTestConsumer(TestInfrastructure.kafkaOnly().kafkaBootstrapServers(), Topics.FETCHED);
    }

    /** The archive of a finished test is gone: its source would only fail from now on. */
    @AfterEach
    void removeSources() {
        List<String> ids = given().get("/api/sources").then().statusCode(200).extract().path("id");
        ids.forEach(id -> given().delete("/api/sources/" + id).then().statusCode(204));
    }

    @AfterAll
    static void close() {
        fetched.close();
    }

    @Test
    void aFullHarvestOfAThousandRecordsArrivesOnceWithTheArchivesMetadata() {
        try (ArchiveSimulator archive = archive(1000, 100)) {
            String source = addOaiSource(archive);

            await("1000 records of " + source).atMost(WITHIN).until(() -> eventsOf(source).size() >= 1000);
            await("no record published twice over " + SETTLE).during(SETTLE).atMost(SETTLE.plusSeconds(5))
                    .until(() -> eventsOf(source).size() == 1000);

            List<FetchedEvent> events = eventsOf(source);
            assertThat(events.stream().map(FetchedEvent::recordId).distinct()).hasSize(1000);
            ArchivedRecord first = archive.records().getFirst();
            FetchedEvent firstEvent = eventOf(source, archive.oaiIdentifier(first.recid()), "en");
            assertThat(firstEvent.sourceMetadata().symbol()).isEqualTo(first.symbol());
            assertThat(firstEvent.sourceMetadata().published()).as("the OAI datestamp").isEqualTo(first.datestamp());
            assertThat(firstEvent.languageHint()).isEqualTo("en");
            assertThat(firstEvent.fileName()).endsWith("-EN.pdf");
            given().get("/api/sources/" + source).then().statusCode(200)
                    .body("state", equalTo("running"), "recordsPublished", equalTo(1000), "errors", equalTo(0));
            assertThat(PrometheusMetrics.parse(given().get("/q/metrics").asString())
                    .value("verbatim_records_total", Map.of("stage", "ingest", "outcome", "published", "source", source)))
                    .isEqualTo(1000.0);
        }
    }

    @Test
    void anIncrementalHarvestMovesExactlyTheNewTheChangedAndTheDeleted() {
        try (ArchiveSimulator archive = archive(60, 25)) {
            String source = addOaiSource(archive);
            await("60 records of " + source).atMost(WITHIN).until(() -> eventsOf(source).size() >= 60);
            await("the first harvest done").during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> eventsOf(source).size() == 60);

            List<ArchivedRecord> before = archive.records();
            List<Long> changed = before.subList(0, 10).stream().map(ArchivedRecord::recid).toList();
            List<Long> deleted = before.subList(10, 15).stream().map(ArchivedRecord::recid).toList();
            archive.change(changed);
            archive.delete(deleted);
            List<ArchivedRecord> added = archive.publish(50);

            await("65 more events of " + source).atMost(WITHIN).until(() -> eventsOf(source).size() >= 125);
            await("nothing more than the 65").during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> eventsOf(source).size() == 125);

            List<FetchedEvent> later = eventsOf(source).subList(60, 125);
            assertThat(recordIds(later.stream().filter(e -> !e.deleted()).toList()))
                    .containsExactlyInAnyOrderElementsOf(recordIds(source, archive, concat(changed, added)));
            assertThat(recordIds(later.stream().filter(FetchedEvent::deleted).toList()))
                    .containsExactlyInAnyOrderElementsOf(recordIds(source, archive, deleted));
            assertThat(later.stream().filter(e -> !e.deleted()).map(FetchedEvent::sha256))
                    .as("changed records carry new content").doesNotContainAnyElementsOf(
                            eventsOf(source).subList(0, 60).stream().map(FetchedEvent::sha256).toList());
        }
    }

    @Test
    void aRetryAfterWindowIsNeverEnteredAndTheHarvestGoesOn() {
        try (ArchiveSimulator archive = archive(20, 10)) {
            archive.failNext(2, 503, Duration.ofSeconds(2));
            String source = addOaiSource(archive);

            await("20 records of " + source).atMost(WITHIN).until(() -> eventsOf(source).size() >= 20);

            List<LoggedRequest> requests = archive.requests();
            for (int i = 0; i < requests.size() - 1; i++) {
                LoggedRequest request = requests.get(i);
                if (request.status() == 503) {
                    assertThat(requests.get(i + 1).receivedAt())
                            .as("the request after the 503 at " + request.receivedAt() + " (Retry-After: 2)")
                            .isAfterOrEqualTo(request.receivedAt().plusSeconds(2));
                }
            }
            assertThat(requests.stream().filter(r -> r.status() == 503)).hasSize(2);
        }
    }

    @Test
    void aMalformedResponseFailsTheHarvestVisiblyAndTheNextHarvestCompletesIt() {
        try (ArchiveSimulator archive = archive(30, 10)) {
            archive.malformXmlNext(2);
            String source = addOaiSource(archive);

            await("the failure reported").atMost(WITHIN).until(() ->
                    given().get("/api/sources/" + source).then().extract().<Integer>path("errors") >= 1);
            String lastError = given().get("/api/sources/" + source).then().extract().path("lastError");
            assertThat(lastError).contains("OAI-PMH response");

            await("30 records of " + source + " after the failures").atMost(WITHIN).until(() -> eventsOf(source).size() >= 30);
            await("no duplicate").during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> eventsOf(source).size() == 30);
        }
    }

    @Test
    void recordsPublishedBeforeAHarvestFailedMidPageStayCountedWhenThePageIsHarvestedAgain() {
        try (ArchiveSimulator archive = archive(20, 10)) {
            archive.slowResponses(Duration.ofMillis(150));
            String source = addOaiSource(archive);
            await("the first page under way").atMost(WITHIN).until(() -> eventsOf(source).size() >= 3);
            archive.failNext(10, 500, Duration.ZERO);
            archive.slowResponses(Duration.ZERO);

            await("the failure reported").atMost(WITHIN).until(() ->
                    given().get("/api/sources/" + source).then().extract().<Integer>path("errors") >= 1);
            await("20 records of " + source).atMost(WITHIN).until(() -> eventsOf(source).size() >= 20);
            await("each once").during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> eventsOf(source).size() == 20);
            given().get("/api/sources/" + source).then().statusCode(200).body("recordsPublished", equalTo(20));
        }
    }

    @Test
    void theFilesOfAPageAreFetchedTwoAtATimeAndNeverMore() {
        try (ArchiveSimulator archive = archive(12, 12)) {
            archive.slowResponses(Duration.ofMillis(400));
            String source = addOaiSource(archive);
            await("12 records of " + source).atMost(WITHIN).until(() -> eventsOf(source).size() >= 12);

            List<java.time.Instant> files = archive.requests().stream().filter(r -> r.path().contains("/files/"))
                    .map(LoggedRequest::receivedAt).sorted().toList();
            assertThat(files).as("file requests").hasSizeGreaterThanOrEqualTo(12);
            // each answer takes 400 ms: a request that starts sooner after the one before went while that one was answered
            assertThat(gaps(files, 1)).as("ms between one file request and the next").anyMatch(gap -> gap < 200);
            // the max-in-flight of 2 holds: a third starts only once one of the two before it was answered
            assertThat(gaps(files, 2)).as("ms between a file request and the one two after it").allMatch(gap -> gap >= 350);
        }
    }

    private static List<Long> gaps(List<java.time.Instant> times, int apart) {
        return java.util.stream.IntStream.range(0, times.size() - apart)
                .mapToObj(i -> Duration.between(times.get(i), times.get(i + apart)).toMillis()).toList();
    }

    @Test
    void anExpiredResumptionTokenRestartsTheWindowFromTheCheckpointAndLosesNothing() {
        try (ArchiveSimulator archive = archive(40, 5)) {
            archive.slowResponses(Duration.ofMillis(150));
            String source = addOaiSource(archive);
            await("the list under way").atMost(WITHIN).until(() -> eventsOf(source).size() >= 10);

            given().post("/api/sources/" + source + "/pause").then().statusCode(200);
            await("the harvest stopped at its checkpoint").atMost(WITHIN)
                    .until(() -> !given().get("/api/sources/" + source).then().extract().<Boolean>path("harvesting"));
            java.time.Instant expired = java.time.Instant.now();
            archive.expireResumptionTokens();
            archive.slowResponses(Duration.ZERO);
            given().post("/api/sources/" + source + "/resume").then().statusCode(200);

            await("40 records of " + source).atMost(WITHIN).until(() -> eventsOf(source).size() >= 40);
            await("each once").during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> eventsOf(source).size() == 40);
            List<String> afterExpiry = archive.requests().stream().filter(r -> r.receivedAt().isAfter(expired))
                    .map(LoggedRequest::target).filter(t -> t.contains("verb=ListRecords")).toList();
            assertThat(afterExpiry).as("ListRecords requests after the tokens expired").isNotEmpty();
            assertThat(afterExpiry.getFirst()).as("the checkpoint's token, now refused").contains("resumptionToken");
            assertThat(afterExpiry.get(1)).as("the list restarted from the checkpoint").contains("metadataPrefix");
        }
    }

    @Test
    void aPausedSourceIsNotHarvestedUntilResumed() {
        try (ArchiveSimulator archive = archive(5, 10)) {
            String source = "paused-" + UUID.randomUUID().toString().substring(0, 8);
            given().contentType(ContentType.JSON).body(definition(source, archive, true)).post("/api/sources")
                    .then().statusCode(201).body("state", equalTo("paused"));

            await("nothing harvested while paused").during(SETTLE).atMost(SETTLE.plusSeconds(5))
                    .until(() -> archive.requests().isEmpty());

            given().post("/api/sources/" + source + "/resume").then().statusCode(200).body("state", equalTo("running"));
            await("5 records after resuming").atMost(WITHIN).until(() -> eventsOf(source).size() == 5);
        }
    }

    @Test
    void aFeedSourceTakesEachEnclosedDocumentOnceAndThenTheNewOnes() {
        try (ArchiveSimulator archive = archive(12, 10)) {
            String source = addSource("feed", Map.of("url", archive.baseUrl() + "/rss?rg=50"));
            await("12 records of " + source).atMost(WITHIN).until(() -> eventsOf(source).size() >= 12);

            archive.publish(3);

            await("3 more").atMost(WITHIN).until(() -> eventsOf(source).size() >= 15);
            await("no more than 15").during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> eventsOf(source).size() == 15);
            assertThat(eventsOf(source)).extracting(FetchedEvent::fileName).allMatch(name -> name.endsWith("-EN.pdf"));
        }
    }

    @Test
    void aSymbolWatcherFindsEachNumberInTurnAndWaitsForTheNext() {
        try (ArchiveSimulator archive = archive(30, 10)) {
            String source = addSource("symbols", Map.of("url-template", archive.baseUrl() + "/ods?symbol={symbol}&lang={lang}",
                    "pattern", "S/PV.{n}", "start", "9001"));
            long councilRecords = archive.records().stream().filter(r -> r.symbol().startsWith("S/PV.")).count();
            assertThat(councilRecords).isPositive();
            await(councilRecords + " Security Council records of " + source).atMost(WITHIN)
                    .until(() -> eventsOf(source).size() >= councilRecords);

            long published = archive.publish(6).stream().filter(r -> r.symbol().startsWith("S/PV.")).count();

            await("the new Security Council records").atMost(WITHIN).until(() -> eventsOf(source).size() >= councilRecords + published);
            await("each once").during(SETTLE).atMost(SETTLE.plusSeconds(5))
                    .until(() -> eventsOf(source).size() == councilRecords + published);
            assertThat(eventsOf(source)).extracting(e -> e.sourceMetadata().symbol())
                    .containsExactlyInAnyOrderElementsOf(archive.records().stream().map(ArchivedRecord::symbol)
                            .filter(symbol -> symbol.startsWith("S/PV.")).toList());
        }
    }

    @Test
    void aFolderSourceTakesEveryFileOnceAndLeavesThemWhereTheyAre(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Files.createDirectories(folder.resolve("2026/03"));
        java.nio.file.Files.writeString(folder.resolve("a.txt"), "first record " + UUID.randomUUID());
        java.nio.file.Files.writeString(folder.resolve("2026/03/b.txt"), "second record " + UUID.randomUUID());
        String source = addSource("folder", Map.of("path", folder.toString(), "recursive", "true"));
        await("2 files of " + source).atMost(WITHIN).until(() -> eventsOf(source).size() >= 2);

        java.nio.file.Files.writeString(folder.resolve("2026/03/c.txt"), "third record " + UUID.randomUUID());

        await("the third file").atMost(WITHIN).until(() -> eventsOf(source).size() >= 3);
        await("each once").during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> eventsOf(source).size() == 3);
        assertThat(eventsOf(source)).extracting(FetchedEvent::sourceRecordId)
                .containsExactlyInAnyOrder("a.txt", "2026/03/b.txt", "2026/03/c.txt");
        assertThat(folder.resolve("a.txt")).exists();
    }

    @Test
    void readinessSaysTheSourcesAndTheLedgerWereReadFromKafka() {
        await("ready").atMost(WITHIN).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'harvest state read from Kafka' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'harvest state read from Kafka' }.data.'dedupe ledger'", equalTo(true))
                .body("checks.find { it.name == 'harvests moving' }.status", equalTo("UP")));
    }

    @Test
    void aBadDefinitionIsA400ThatSaysWhyAndAnIdInUseIsA409() {
        given().contentType(ContentType.JSON).body("{\"id\":\"x1\",\"type\":\"gopher\",\"settings\":{}}").post("/api/sources")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.containsString("unknown source type 'gopher'"));
        given().contentType(ContentType.JSON).body("{\"id\":\"x2\",\"type\":\"oai-pmh\",\"settings\":{}}").post("/api/sources")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.containsString("needs url"));
        given().contentType(ContentType.JSON).body("{\"id\":\"x3\",\"type\":\"feed\",\"settings\":{\"url\":\"http://127.0.0.1:9/rss\"},\"paused\":true}")
                .post("/api/sources").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"id\":\"x3\",\"type\":\"feed\",\"settings\":{\"url\":\"http://127.0.0.1:9/rss\"}}")
                .post("/api/sources").then().statusCode(409);
        given().delete("/api/sources/x3").then().statusCode(204);
        given().get("/api/sources/x3").then().statusCode(404);
    }

    /**
     * An archive of its own: the seed makes its records' content differ from every other test's, since the
     * dedupe by SHA-256 rightly takes the same bytes from a second source as a duplicate.
     */
    private static ArchiveSimulator archive(int records, int pageSize) {
        ArchiveSimulator archive = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(records).pageSize(pageSize)
                .seed(SEEDS.incrementAndGet())
                .languages(List.of(Language.EN)).crawlDelay(Duration.ZERO).build());
        archive.start();
        return archive;
    }

    private static String addOaiSource(ArchiveSimulator archive) {
        String source = "oai-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(definition(source, archive, false)).post("/api/sources")
                .then().statusCode(201);
        return source;
    }

    private static String addSource(String type, Map<String, String> settings) {
        String source = type + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.putAll(Map.of("languages", "en", "delay", "0s", "robots", "false"));
        given().contentType(ContentType.JSON).body(Map.of("id", source, "type", type, "every", "PT1S", "settings", all))
                .post("/api/sources").then().statusCode(201);
        return source;
    }

    private static Map<String, Object> definition(String source, ArchiveSimulator archive, boolean paused) {
        return Map.of("id", source, "type", "oai-pmh", "every", "PT1S", "paused", paused,
                "settings", Map.of("url", archive.oaiBaseUrl(), "languages", "en", "delay", "0s", "robots", "false",
                        "attempts", "4"));
    }

    private static List<FetchedEvent> eventsOf(String source) {
        return fetched.records().stream()
                .map(r -> EventJson.fromBytes(r.value().getBytes(StandardCharsets.UTF_8), FetchedEvent.class))
                .filter(e -> source.equals(e.sourceId()))
                .toList();
    }

    private static FetchedEvent eventOf(String source, String oaiIdentifier, String language) {
        String recordId = RecordIds.recordId(source, oaiIdentifier, language);
        return eventsOf(source).stream().filter(e -> e.recordId().equals(recordId)).findFirst().orElseThrow();
    }

    private static Set<String> recordIds(List<FetchedEvent> events) {
        return events.stream().map(FetchedEvent::recordId).collect(Collectors.toSet());
    }

    private static Set<String> recordIds(String source, ArchiveSimulator archive, List<Long> recids) {
        return recids.stream().map(recid -> RecordIds.recordId(source, archive.oaiIdentifier(recid), "en")).collect(Collectors.toSet());
    }

    private static List<Long> concat(List<Long> recids, List<ArchivedRecord> records) {
        return java.util.stream.Stream.concat(recids.stream(), records.stream().map(ArchivedRecord::recid)).toList();
    }
}
