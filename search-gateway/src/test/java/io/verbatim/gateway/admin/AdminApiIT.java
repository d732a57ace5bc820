package io.verbatim.gateway.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.verbatim.contracts.AdminKey;
import io.verbatim.contracts.DeadLetterHeaders;
import io.verbatim.contracts.Topics;
import io.verbatim.gateway.alerts.AlertResource;
import io.verbatim.testsupport.KafkaTestConsumer;
import io.verbatim.testsupport.PipelineTestResource;
import io.verbatim.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The admin API on a real broker: dead letters listed with their reasons and replayed each once, behind the key. */
@QuarkusTest
@TestProfile(AdminApiIT.WithApiKey.class)
@QuarkusTestResource(PipelineTestResource.class)
class AdminApiIT {

    private static final String KEY = "test-admin-key";

    public static class WithApiKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.api-key", KEY);
        }
    }

    @Test
    void theAdminApiNeedsTheKeyAndReadingStaysOpen() {
        given().get("/api/admin/dead-letters").then().statusCode(401).body("error", containsString(AdminKey.HEADER));
        given().header(AdminKey.HEADER, "wrong").get("/api/admin/alerts").then().statusCode(401);
        admin().get("/api/admin/alerts").then().statusCode(200);
        given().get("/api/search?q=anything").then().statusCode(200);
    }

    @Test
    void deadLettersAreListedWithTheirReasonAndEachIsReplayedOnceHoweverTheCallsCombine() {
        String first = "rec-" + UUID.randomUUID();
        String second = "rec-" + UUID.randomUUID();
        park(first, "cannot parse broken.pdf: Missing root object");
        park(second, "cannot parse secret.pdf: encrypted");
        await("both letters listed").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                admin().get("/api/admin/dead-letters/" + Topics.PARSE_DLQ).then().statusCode(200)
                        .body("find { it.recordId == '" + first + "' }.reason", containsString("Missing root object"))
                        .body("find { it.recordId == '" + second + "' }.failedOn", equalTo(Topics.FETCHED))
                        .body("find { it.recordId == '" + second + "' }.replayed", equalTo(false)));

        try (var fetched = new KafkaTestConsumer(TestInfrastructure.all().kafkaBootstrapServers(), Topics.FETCHED)) {
            admin().queryParam("record", first).post("/api/admin/dead-letters/" + Topics.PARSE_DLQ + "/replay")
                    .then().statusCode(200).body("replayed", equalTo(1));
            // all: only the second letter is left, the first call replayed the first
            admin().post("/api/admin/dead-letters/" + Topics.PARSE_DLQ + "/replay").then().statusCode(200).body("replayed", equalTo(1));
            admin().post("/api/admin/dead-letters/" + Topics.PARSE_DLQ + "/replay").then().statusCode(200).body("replayed", equalTo(0));

            await("both records back on " + Topics.FETCHED).atMost(Duration.ofSeconds(30)).until(() ->
                    !fetched.recordsWithKey(first).isEmpty() && !fetched.recordsWithKey(second).isEmpty());
            assertThat(fetched.recordsWithKey(first)).hasSize(1);
            assertThat(fetched.recordsWithKey(second)).hasSize(1);
        }
        admin().get("/api/admin/dead-letters/" + Topics.PARSE_DLQ).then().statusCode(200)
                .body("find { it.recordId == '" + first + "' }.replayed", equalTo(true))
                .body("find { it.recordId == '" + second + "' }.replayed", equalTo(true));
        admin().get("/api/admin/dead-letters").then().statusCode(200)
                .body("find { it.topic == '" + Topics.PARSE_DLQ + "' }.waiting", equalTo(0));
    }

    @Test
    void anUnknownTopicIsABadRequestThatNamesTheDeadLetterTopics() {
        admin().get("/api/admin/dead-letters/verbatim.fetched").then().statusCode(400)
                .body("error", containsString(Topics.PARSE_DLQ));
    }

    @Test
    void anAlertIsDeletedOnlyWithItsSecretOrTheAdminKeyNotWithItsIdAlone() {
        NewAlert alert = newAlert("garanties de sécurité");
        admin().get("/api/admin/alerts").then().statusCode(200)
                .body("find { it.id == '" + alert.id() + "' }.query", equalTo("garanties de sécurité"))
                .body("find { it.id == '" + alert.id() + "' }.secret", nullValue());

        given().delete("/api/alerts/" + alert.id()).then().statusCode(403).body("error", containsString(AlertResource.SECRET_HEADER));
        given().header(AlertResource.SECRET_HEADER, "guessed").delete("/api/alerts/" + alert.id()).then().statusCode(403);
        given().header(AdminKey.HEADER, "wrong").delete("/api/alerts/" + alert.id()).then().statusCode(403);
        given().get("/api/alerts/" + alert.id()).then().statusCode(200);
        given().header(AlertResource.SECRET_HEADER, alert.secret()).delete("/api/alerts/" + alert.id()).then().statusCode(204);
        given().get("/api/alerts/" + alert.id()).then().statusCode(404);

        NewAlert another = newAlert("nuclear disarmament");
        admin().delete("/api/alerts/" + another.id()).then().statusCode(204);
        given().get("/api/alerts/" + another.id()).then().statusCode(404);
    }

    private record NewAlert(String id, String secret) {
    }

    private static NewAlert newAlert(String query) {
        var created = given().contentType(ContentType.JSON).body(Map.of("query", query)).post("/api/alerts").then().statusCode(201)
                .extract();
        return new NewAlert(created.path("id"), created.path("secret"));
    }

    private static RequestSpecification admin() {
        return given().header(AdminKey.HEADER, KEY);
    }

    private static void park(String recordId, String reason) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.all().kafkaBootstrapServers());
        try (var producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            var letter = new ProducerRecord<>(Topics.PARSE_DLQ, recordId, "{\"recordId\":\"" + recordId + "\"}");
            letter.headers().add(DeadLetterHeaders.TOPIC, Topics.FETCHED.getBytes(StandardCharsets.UTF_8));
            letter.headers().add(DeadLetterHeaders.REASON, reason.getBytes(StandardCharsets.UTF_8));
            producer.send(letter);
            producer.flush();
        }
    }
}
