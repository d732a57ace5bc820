package io.verbatim.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.FetchedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.Topics;
import io.verbatim.testsupport.KafkaTestConsumer;
import io.verbatim.testsupport.KafkaTestResource;
import io.verbatim.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class IngestResourceIT {

    private static final Duration SETTLE = Duration.ofSeconds(5);

    private static KafkaTestConsumer fetched;

    @BeforeAll
    static void readFetchedTopic() {
        fetched = new KafkaTestConsumer(TestInfrastructure.kafkaOnly().kafkaBootstrapServers(), Topics.FETCHED);
    }

    @AfterAll
    static void close() {
        fetched.close();
    }

    @Test
    void anUploadIsStoredAndAnnouncedOnTheFetchedTopic() {
        byte[] content = uniqueRecord();
        String sha = RecordIds.sha256Hex(content);

        String recordId = given().multiPart("file", "CD_PV.1511.txt", content, "text/plain")
                .when().post("/api/ingest")
                .then().statusCode(200)
                .body("status", equalTo("accepted"), "sha256", equalTo(sha), "size", equalTo(content.length))
                .extract().path("recordId");

        FetchedEvent event = awaitFetchedEvents(recordId).getFirst();
        assertThat(event.sha256()).isEqualTo(sha);
        assertThat(event.fileName()).isEqualTo("CD_PV.1511.txt");
        assertThat(event.sourceId()).isEqualTo("upload");
        assertThat(event.schemaVersion()).isEqualTo(FetchedEvent.SCHEMA_VERSION);
        assertThat(Path.of("target/test-data/blobs", sha.substring(0, 2), sha.substring(2, 4), sha)).hasBinaryContent(content);
    }

    @Test
    void theSameBytesTwiceAreOneRecordAndOneEvent() {
        byte[] content = uniqueRecord();

        String first = given().multiPart("file", "a.txt", content).post("/api/ingest")
                .then().statusCode(200).body("status", equalTo("accepted")).extract().path("recordId");
        String second = given().multiPart("file", "b.txt", content).post("/api/ingest")
                .then().statusCode(200).body("status", equalTo("duplicate")).extract().path("recordId");

        assertThat(second).isEqualTo(first);
        awaitFetchedEvents(first);
        String sha = RecordIds.sha256Hex(content);
        assertEventsWithShaStay(sha, 1);
    }

    @Test
    void aRawBodyWithAFileNameIsAccepted() {
        byte[] content = uniqueRecord();

        given().body(content).contentType("application/pdf").queryParam("fileName", "S_PV.9000.pdf")
                .when().post("/api/ingest")
                .then().statusCode(200).body("status", equalTo("accepted"));
    }

    @Test
    void anEmptyFileIsRefusedWithItsReasonAndNothingIsPublished() {
        given().multiPart("file", "empty.pdf", new byte[0]).post("/api/ingest")
                .then().statusCode(400).body("error", containsString("empty.pdf: empty file"));

        assertEventsWithShaStay(RecordIds.sha256Hex(new byte[0]), 0);
    }

    /**
     * Events are published asynchronously, so "no more than this" holds only if it holds for the whole time
     * an event takes to arrive: the test consumer sees a published event within well under this settle time.
     */
    private static void assertEventsWithShaStay(String sha, int count) {
        await("exactly " + count + " fetched event(s) with sha256 " + sha + " for " + SETTLE.toSeconds() + " s")
                .during(SETTLE).atMost(SETTLE.plusSeconds(5))
                .until(() -> fetched.records().stream().filter(r -> r.value().contains(sha)).count() == count);
    }

    @Test
    void aFileOverTheLimitIsRefusedAs413() {
        given().multiPart("file", "huge.pdf", new byte[5 * 1024 * 1024 + 1]).post("/api/ingest")
                .then().statusCode(413).body("error", containsString("larger than the limit"));
    }

    @Test
    void aRawBodyWithoutFileNameIsABadRequest() {
        given().body("text").contentType("text/plain").post("/api/ingest")
                .then().statusCode(400);
    }

    private static List<FetchedEvent> awaitFetchedEvents(String recordId) {
        await("a fetched event keyed " + recordId).atMost(Duration.ofSeconds(20))
                .until(() -> !fetched.recordsWithKey(recordId).isEmpty());
        return fetched.recordsWithKey(recordId).stream()
                .map(r -> EventJson.fromBytes(r.value().getBytes(StandardCharsets.UTF_8), FetchedEvent.class)).toList();
    }

    private static byte[] uniqueRecord() {
        return ("CD/PV.1511\n主席(以英语发言)：我宣布会议开始。" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }
}
