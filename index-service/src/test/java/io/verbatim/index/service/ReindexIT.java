package io.verbatim.index.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.Topics;
import io.verbatim.index.messaging.ParsedEvents;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.PipelineTestResource;
import io.verbatim.testsupport.TestInfrastructure;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A reindex into a new generation under a search that keeps running, with a record arriving meanwhile. */
@QuarkusTest
@QuarkusTestResource(PipelineTestResource.class)
class ReindexIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
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
    void aReindexBuildsANewGenerationSwapsTheAliasesAndLosesNeitherARecordNorAQuery() throws Exception {
        List<String> recordIds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String recordId = ParsedEvents.newRecordId();
            recordIds.add(recordId);
            send(ParsedEvents.record(recordId, "CD/PV.17" + i, 3, Instant.parse("2026-02-01T00:00:00Z").plusSeconds(i)));
        }
        await("the 6 records indexed").atMost(WITHIN).until(() -> speechesOf(recordIds) == 18);
        String oldSpeeches = indexBehind(Indices.SPEECHES.alias());

        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicLong fewest = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger queries = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread searcher = Thread.ofPlatform().start(() -> {
            while (searching.get()) {
                try {
                    fewest.accumulateAndGet(speechesOf(recordIds), Math::min);
                    queries.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e.getMessage());
                }
            }
        });

        given().post("/api/reindex").then().statusCode(202);
        String late = ParsedEvents.newRecordId();
        send(ParsedEvents.record(late, "CD/PV.1799", 2, Instant.parse("2026-02-02T00:00:00Z")));
        await("the reindex done").atMost(WITHIN).until(() -> "done".equals(given().get("/api/reindex").then().extract().path("state")));
        await("the record that arrived during the reindex").atMost(WITHIN).until(() -> speechesOf(List.of(late)) == 2);
        searching.set(false);
        searcher.join(10_000);

        assertThat(failures).as("searches that failed during the reindex").isEmpty();
        assertThat(queries.get()).as("searches run during the reindex").isPositive();
        assertThat(fewest.get()).as("the fewest of the 18 turns a search found").isEqualTo(18);
        String newSpeeches = indexBehind(Indices.SPEECHES.alias());
        assertThat(newSpeeches).startsWith(Indices.SPEECHES.index() + "-r").isNotEqualTo(oldSpeeches);
        assertThat(indexBehind(Indices.DOCUMENTS.alias())).startsWith(Indices.DOCUMENTS.index() + "-r");
        assertThat(elasticsearch.send("HEAD", "/" + oldSpeeches, null, false).statusCode()).as("the old generation dropped").isEqualTo(404);
        assertThat(speechesOf(recordIds)).isEqualTo(18);
    }

    private static void send(ParsedEvent event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.PARSED, event.recordId(), EventJson.toBytes(event))).get(10, TimeUnit.SECONDS);
    }

    private static long speechesOf(List<String> recordIds) {
        String ids = recordIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        return elasticsearch.search(Indices.SPEECHES.alias(), "{\"size\":0,\"track_total_hits\":true,\"query\":{\"terms\":{\"recordId\":[" + ids + "]}}}")
                .at("/hits/total/value").asLong();
    }

    private static String indexBehind(String alias) throws Exception {
        HttpResponse<String> response = elasticsearch.send("GET", "/_alias/" + alias, null, true);
        return EventJson.mapper().readTree(response.body()).fieldNames().next();
    }
}
