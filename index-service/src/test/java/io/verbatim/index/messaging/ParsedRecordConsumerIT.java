package io.verbatim.index.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.contracts.DeadLetterHeaders;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.Topics;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.KafkaTestConsumer;
import io.verbatim.testsupport.PipelineTestResource;
import io.verbatim.testsupport.PrometheusMetrics;
import io.verbatim.testsupport.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PipelineTestResource.class)
class ParsedRecordConsumerIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static KafkaProducer<String, byte[]> producer;
    private static ElasticsearchTestClient elasticsearch;

    @BeforeAll
    static void connect() {
        TestInfrastructure infra = TestInfrastructure.all();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
        elasticsearch = ElasticsearchTestClient.of(infra);
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    @Test
    void aParsedRecordBecomesOneDocumentAndOneDocumentPerSpeechTurn() throws Exception {
        String recordId = ParsedEvents.newRecordId();
        ParsedEvent event = ParsedEvents.record(recordId, "CD/PV.1511", 4, Instant.parse("2026-01-01T00:00:00Z"));

        try (var indexed = new KafkaTestConsumer(TestInfrastructure.all().kafkaBootstrapServers(), Topics.INDEXED)) {
            send(event);

            awaitSpeechCount(recordId, 4);
            await("an indexed event for " + recordId).atMost(WITHIN)
                    .until(() -> !indexed.recordsWithKey(recordId).isEmpty());
        }
        JsonNode document = elasticsearch.get(Indices.DOCUMENTS.alias(), recordId);
        assertThat(document.at("/symbol").asText()).isEqualTo("CD/PV.1511");
        assertThat(document.at("/speechCount").asInt()).isEqualTo(4);
        assertThat(document.at("/countries/0").asText()).isEqualTo("DEU");
        JsonNode speech = elasticsearch.get(Indices.SPEECHES.alias(), recordId + ":2");
        assertThat(speech.at("/speaker").asText()).isEqualTo("比尔韦特先生");
        assertThat(speech.at("/country").asText()).isEqualTo("DEU");
        assertThat(speech.at("/date").asText()).isEqualTo("2019-06-28");
        assertThat(speech.at("/symbol").asText()).isEqualTo("CD/PV.1511");
    }

    @Test
    void eachWriteIsCountedPerSourceWithItsFreshnessFromArrivalAndFromPublication() throws Exception {
        String source = "metrics-" + UUID.randomUUID();
        Instant now = Instant.now();
        String recordId = ParsedEvents.newRecordId();
        // no other test says when its records were published: this record is the only sample from publication
        send(ParsedEvents.fromSource(source, now.minusSeconds(35), ParsedEvents.record(recordId, "CD/PV.1520", 2, now)));
        send(ParsedEvents.fromSource(source, null, ParsedEvents.deletion(ParsedEvents.newRecordId(), now)));

        await("both records of " + source + " counted").atMost(WITHIN).untilAsserted(() -> {
            PrometheusMetrics metrics = PrometheusMetrics.parse(given().get("/q/metrics").asString());
            assertThat(metrics.value("verbatim_records_total", Map.of("stage", "index", "source", source, "outcome", "indexed")))
                    .isEqualTo(1.0);
            assertThat(metrics.value("verbatim_records_total", Map.of("stage", "index", "source", source, "outcome", "absent")))
                    .as("a withdrawal of a record never indexed").isEqualTo(1.0);
        });
        PrometheusMetrics metrics = PrometheusMetrics.parse(given().get("/q/metrics").asString());
        assertThat(metrics.value("verbatim_freshness_seconds_count", Map.of("from", "publication"))).isEqualTo(1.0);
        assertThat(metrics.value("verbatim_freshness_seconds_bucket", Map.of("from", "publication", "le", "30.0")))
                .as("written less than 30 s after its publication 35 s ago").isZero();
        assertThat(metrics.value("verbatim_freshness_seconds_bucket", Map.of("from", "publication", "le", "60.0"))).isEqualTo(1.0);
        assertThat(metrics.value("verbatim_freshness_seconds_bucket", Map.of("from", "arrival", "le", "30.0")))
                .as("records written within 30 s of their arrival").isPositive();
        assertThat(metrics.value("verbatim_index_bulk_seconds_count", Map.of())).isPositive();
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        String recordId = ParsedEvents.newRecordId();
        ParsedEvent event = ParsedEvents.record(recordId, "CD/PV.1512", 3, Instant.parse("2026-01-02T00:00:00Z"));

        send(event);
        awaitSpeechCount(recordId, 3);
        RecordMetadata again = send(event);
        sendTo(again.partition(), ParsedEvents.record(ParsedEvents.newRecordId(), "CD/PV.1599", 1, Instant.now()));
        awaitDocumentWithSymbol("CD/PV.1599");

        assertThat(speechCount(recordId)).isEqualTo(3);
        assertThat(documentCount(recordId)).isEqualTo(1);
    }

    @Test
    void fiveHundredRecordsDeliveredTwiceAreFiveHundredRecordsWithTheSameTurns() throws Exception {
        String source = "redelivery-" + UUID.randomUUID();
        List<ParsedEvent> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(ParsedEvents.record(RecordIds.recordId(source, "r" + i, "zh"), "CD/PV.2" + i, 1 + i % 4,
                    Instant.parse("2026-01-20T00:00:00Z").plusSeconds(i)));
        }
        long turns = events.stream().mapToLong(e -> e.record().speeches().size()).sum();
        for (ParsedEvent event : events) {
            producer.send(new ProducerRecord<>(Topics.PARSED, event.recordId(), EventJson.toBytes(event)));
        }
        producer.flush();
        await("500 records indexed").atMost(Duration.ofMinutes(2)).until(() -> documentsOf(events) == 500 && speechesOf(events) == turns);

        for (ParsedEvent event : events) {
            producer.send(new ProducerRecord<>(Topics.PARSED, event.recordId(), EventJson.toBytes(event)));
        }
        producer.flush();
        awaitConsumedToTheEnd();

        assertThat(documentsOf(events)).isEqualTo(500);
        assertThat(speechesOf(events)).isEqualTo(turns);
    }

    @Test
    void aNewVersionReplacesTheSpeechTurnsOfTheOldOne() throws Exception {
        String recordId = ParsedEvents.newRecordId();
        send(ParsedEvents.record(recordId, "CD/PV.1513", 5, Instant.parse("2026-01-03T00:00:00Z")));
        awaitSpeechCount(recordId, 5);

        ParsedEvent newer = ParsedEvents.record(recordId, "CD/PV.1513", 2, Instant.parse("2026-01-04T00:00:00Z"));
        send(newer);

        awaitSpeechCount(recordId, 2);
        assertThat(elasticsearch.get(Indices.DOCUMENTS.alias(), recordId).at("/sha256").asText())
                .isEqualTo(newer.sha256());
    }

    @Test
    void anOlderVersionArrivingLateChangesNothing() throws Exception {
        String recordId = ParsedEvents.newRecordId();
        ParsedEvent newer = ParsedEvents.record(recordId, "CD/PV.1514", 2, Instant.parse("2026-01-06T00:00:00Z"));
        send(newer);
        awaitSpeechCount(recordId, 2);

        RecordMetadata older = send(ParsedEvents.record(recordId, "CD/PV.1514", 6, Instant.parse("2026-01-05T00:00:00Z")));
        // Kafka orders records only within a partition: the marker goes to the older version's.
        sendTo(older.partition(), ParsedEvents.record(ParsedEvents.newRecordId(), "CD/PV.1598", 1, Instant.now()));
        awaitDocumentWithSymbol("CD/PV.1598");

        assertThat(speechCount(recordId)).isEqualTo(2);
        assertThat(elasticsearch.get(Indices.DOCUMENTS.alias(), recordId).at("/sha256").asText())
                .isEqualTo(newer.sha256());
    }

    @Test
    void aDeletionRemovesTheRecordAndEveryTurnAndAnOlderVersionStaysOut() throws Exception {
        String recordId = ParsedEvents.newRecordId();
        send(ParsedEvents.record(recordId, "CD/PV.1516", 4, Instant.parse("2026-01-07T00:00:00Z")));
        awaitSpeechCount(recordId, 4);

        send(ParsedEvents.deletion(recordId, Instant.parse("2026-01-08T00:00:00Z")));
        await("the record " + recordId + " and its turns gone").atMost(WITHIN)
                .until(() -> documentCount(recordId) == 0 && speechCount(recordId) == 0);

        RecordMetadata older = send(ParsedEvents.record(recordId, "CD/PV.1516", 4, Instant.parse("2026-01-07T12:00:00Z")));
        sendTo(older.partition(), ParsedEvents.record(ParsedEvents.newRecordId(), "CD/PV.1599", 1, Instant.now()));
        awaitDocumentWithSymbol("CD/PV.1599");
        assertThat(speechCount(recordId)).as("turns of a version older than the deletion").isZero();
    }

    @Test
    void ofVersionsArrivingTogetherTheNewestWinsAndNoTurnOfAnotherIsLeft() throws Exception {
        String recordId = ParsedEvents.newRecordId();
        ParsedEvent newest = ParsedEvents.record(recordId, "CD/PV.1517", 2, Instant.parse("2026-01-10T00:00:00Z"));
        sendTo(0, ParsedEvents.record(recordId, "CD/PV.1517", 5, Instant.parse("2026-01-09T00:00:00Z")));
        sendTo(0, newest);
        sendTo(0, ParsedEvents.record(recordId, "CD/PV.1517", 4, Instant.parse("2026-01-08T00:00:00Z")));
        sendTo(0, ParsedEvents.record(ParsedEvents.newRecordId(), "CD/PV.1597", 1, Instant.now()));

        awaitDocumentWithSymbol("CD/PV.1597");
        awaitSpeechCount(recordId, 2);
        assertThat(elasticsearch.get(Indices.DOCUMENTS.alias(), recordId).at("/sha256").asText()).isEqualTo(newest.sha256());
    }

    @Test
    void aRecordElasticsearchRefusesIsDeadLetteredAloneAndTheRestOfItsBatchIsIndexed() throws Exception {
        try (var deadLetters = new KafkaTestConsumer(TestInfrastructure.all().kafkaBootstrapServers(), Topics.INDEX_DLQ)) {
            String refusedId = ParsedEvents.newRecordId();
            // A keyword longer than Lucene's 32,766-byte term limit: Elasticsearch refuses the document for good.
            ParsedEvent refused = ParsedEvents.record(refusedId, "CD/PV." + "9".repeat(40_000), 1, Instant.now());
            String goodId = ParsedEvents.newRecordId();
            sendTo(1, refused);
            sendTo(1, ParsedEvents.record(goodId, "CD/PV.1518", 3, Instant.now()));

            await("the refused record on " + Topics.INDEX_DLQ).atMost(WITHIN).until(() -> !deadLetters.recordsWithKey(refusedId).isEmpty());
            assertThat(deadLetters.recordsWithKey(refusedId).getFirst().header(DeadLetterHeaders.REASON))
                    .contains("Elasticsearch refused a document of record " + refusedId);
            awaitSpeechCount(goodId, 3);
            assertThat(deadLetters.recordsWithKey(goodId)).isEmpty();
        }
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheConsumerGoesOn() throws Exception {
        try (var deadLetters = new KafkaTestConsumer(TestInfrastructure.all().kafkaBootstrapServers(), Topics.INDEX_DLQ)) {
            RecordMetadata poison = producer.send(new ProducerRecord<>(Topics.PARSED, "poison", "{not json".getBytes()))
                    .get(10, TimeUnit.SECONDS);
            String recordId = ParsedEvents.newRecordId();
            // After the poison on its partition, so that indexing it shows the consumer got past the poison.
            sendTo(poison.partition(), ParsedEvents.record(recordId, "CD/PV.1515", 1, Instant.now()));

            await("the poison record on " + Topics.INDEX_DLQ).atMost(WITHIN)
                    .until(() -> !deadLetters.recordsWithKey("poison").isEmpty());
            KafkaTestConsumer.Received parked = deadLetters.recordsWithKey("poison").getFirst();
            assertThat(parked.value()).isEqualTo("{not json");
            assertThat(parked.header(DeadLetterHeaders.REASON)).contains("not a valid ParsedEvent");
            assertThat(parked.header(DeadLetterHeaders.TOPIC)).isEqualTo(Topics.PARSED);
            awaitSpeechCount(recordId, 1);
        }
    }

    private static RecordMetadata send(ParsedEvent event) throws Exception {
        return producer.send(new ProducerRecord<>(Topics.PARSED, event.recordId(), EventJson.toBytes(event))).get(10, TimeUnit.SECONDS);
    }

    private static void sendTo(int partition, ParsedEvent event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.PARSED, partition, event.recordId(), EventJson.toBytes(event)))
                .get(10, TimeUnit.SECONDS);
    }

    private static void awaitSpeechCount(String recordId, long expected) {
        await(expected + " speech turns of " + recordId).atMost(WITHIN)
                .until(() -> speechCount(recordId) == expected);
    }

    private static void awaitDocumentWithSymbol(String symbol) {
        await("a document " + symbol).atMost(WITHIN).until(() -> {
            elasticsearch.refresh(Indices.DOCUMENTS.alias());
            return !elasticsearch.hits(Indices.DOCUMENTS.alias(),
                    "{\"query\":{\"term\":{\"symbol\":\"" + symbol + "\"}}}").isEmpty();
        });
    }

    private static long speechCount(String recordId) {
        elasticsearch.refresh(Indices.SPEECHES.alias());
        return elasticsearch.hits(Indices.SPEECHES.alias(),
                "{\"size\":100,\"query\":{\"term\":{\"recordId\":\"" + recordId + "\"}}}").size();
    }

    /** The consumer group has committed every offset written so far: every redelivered event was processed. */
    private static void awaitConsumedToTheEnd() throws Exception {
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.all().kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(Topics.PARSED)).allTopicNames().get().get(Topics.PARSED).partitions()
                    .forEach(p -> latest.put(new TopicPartition(Topics.PARSED, p.partition()),
                            OffsetSpec.latest()));
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
            await("index-service's committed offsets at the end of " + Topics.PARSED).atMost(Duration.ofMinutes(2)).until(() -> {
                var committed = admin.listConsumerGroupOffsets("index-service").partitionsToOffsetAndMetadata().get();
                return end.entrySet().stream().allMatch(e -> committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue());
            });
        }
    }

    private static long documentsOf(List<ParsedEvent> events) {
        elasticsearch.refresh(Indices.DOCUMENTS.alias());
        return elasticsearch.search(Indices.DOCUMENTS.alias(), "{\"size\":0,\"track_total_hits\":true,\"query\":{\"terms\":{\"recordId\":"
                + idsOf(events) + "}}}").at("/hits/total/value").asLong();
    }

    private static long speechesOf(List<ParsedEvent> events) {
        elasticsearch.refresh(Indices.SPEECHES.alias());
        return elasticsearch.search(Indices.SPEECHES.alias(), "{\"size\":0,\"track_total_hits\":true,\"query\":{\"terms\":{\"recordId\":"
                + idsOf(events) + "}}}").at("/hits/total/value").asLong();
    }

    private static String idsOf(List<ParsedEvent> events) {
        return events.stream().map(e -> "\"" + e.recordId() + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static long documentCount(String recordId) {
        elasticsearch.refresh(Indices.DOCUMENTS.alias());
        return elasticsearch.hits(Indices.DOCUMENTS.alias(),
                "{\"query\":{\"term\":{\"recordId\":\"" + recordId + "\"}}}").size();
    }
}
