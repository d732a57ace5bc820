package io.verbatim.gateway.alerts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.IndexedEvent;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.Topics;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.PipelineTestResource;
import io.verbatim.testsupport.TestInfrastructure;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Alerts driven by the indexed topic: a matching record reaches the webhook, signed, and the event stream. */
@QuarkusTest
@QuarkusTestResource(PipelineTestResource.class)
class AlertsIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** The promise to a user: a new matching record reaches the alert within seconds of being indexed. */
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(5);
    /** Long enough for a match to have been sent, had there been one. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final List<Received> hooks = new CopyOnWriteArrayList<>();
    private static final AtomicInteger failuresToAnswer = new AtomicInteger();
    private static HttpServer receiver;
    private static KafkaProducer<String, byte[]> producer;
    private static ElasticsearchTestClient elasticsearch;

    @TestHTTPResource
    URL gateway;

    record Received(String path, String signature, byte[] body) {
    }

    @BeforeAll
    static void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean fail = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            hooks.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE_HEADER),
                    body));
            exchange.sendResponseHeaders(fail ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
        TestInfrastructure infra = TestInfrastructure.all();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
        elasticsearch = ElasticsearchTestClient.of(infra);
        // The indices with their real definitions (a document written to a missing alias would create a bare index).
        io.verbatim.gateway.rest.SearchArchive.load(elasticsearch);
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
        producer.close();
    }

    /** Records announced before the matcher holds its partitions would be read from "latest" and never matched. */
    @org.junit.jupiter.api.BeforeEach
    void matcherFollowsTheIndexedTopic() {
        await("the alert matcher following " + Topics.INDEXED).atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/q/health/ready").then().body("checks.find { it.name == 'alerts' }.data.'following verbatim.indexed'",
                        equalTo(true)));
    }

    @Test
    void aMatchingRecordReachesTheSignedWebhookAndTheEventStreamWithinSeconds() throws Exception {
        String alertId = createAlert("fissile material", "/match", "s3cret");
        List<String> events = new CopyOnWriteArrayList<>();
        HttpResponse<java.util.stream.Stream<String>> stream = HttpClient.newHttpClient()
                .sendAsync(HttpRequest.newBuilder(URI.create(gateway + "api/alerts/" + alertId + "/events"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread.ofVirtual().start(() -> stream.body().forEach(events::add));

        String recordId = index("Canada supports the negotiation of a treaty banning fissile material.");

        // Within 5 seconds of the record being announced as indexed, to the stream and to the webhook.
        await("the webhook called for " + recordId).atMost(SEEN_WITHIN).until(() -> hooksTo("/match").size() == 1);
        Received hook = hooksTo("/match").getFirst();
        assertThat(hook.signature()).isEqualTo("sha256=" + WebhookSender.hmac("s3cret", hook.body()));
        assertThat(new String(hook.body())).contains(recordId).contains("\"alertId\":\"" + alertId + "\"");
        await("the event stream told of " + recordId).atMost(Duration.ofSeconds(1))
                .until(() -> events.stream().anyMatch(line -> line.contains(recordId)));
        given().get("/api/alerts/" + alertId).then().statusCode(200)
                .body("delivery.matches", equalTo(1)).body("delivery.delivered", equalTo(1)).body("secret", equalTo(null));
    }

    @Test
    void aRecordThatDoesNotMatchCallsNoWebhook() throws Exception {
        createAlert("plutonium", "/quiet", null);

        index("The representative of France spoke about negative security assurances.");

        await("no call over " + SETTLE).during(SETTLE).atMost(SETTLE.plusSeconds(5)).until(() -> hooksTo("/quiet").isEmpty());
    }

    @Test
    void aFailingWebhookIsRetriedAndAFailureThatLastsIsVisible() throws Exception {
        String alertId = createAlert("verification regime", "/flaky", "k");
        failuresToAnswer.set(WebhookSender.ATTEMPTS);

        index("A credible verification regime is the heart of any treaty.");

        await("three attempts").atMost(WITHIN).until(() -> hooksTo("/flaky").size() == WebhookSender.ATTEMPTS);
        await("the failure recorded").atMost(WITHIN).untilAsserted(() -> given().get("/api/alerts/" + alertId).then()
                .body("delivery.failed", equalTo(1)).body("delivery.lastError", containsString("answered 500")));
    }

    @Test
    void aBadAlertIsA400AndAnUnknownOneA404() {
        given().contentType(ContentType.JSON).body(Map.of("query", " ")).post("/api/alerts").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("query", "x", "webhook", "ftp://example.org/")).post("/api/alerts")
                .then().statusCode(400).body("error", containsString("webhook must be an http or https URL"));
        given().contentType(ContentType.JSON).body(Map.of("query", "x", "filters", Map.of("colour", "red"))).post("/api/alerts")
                .then().statusCode(400).body("error", containsString("not 'colour'"));
        given().get("/api/alerts/nope").then().statusCode(404);
        given().delete("/api/alerts/nope").then().statusCode(404);
    }

    private String createAlert(String query, String path, String secret) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("query", query,
                "webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + path));
        if (secret != null) {
            body.put("secret", secret);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/alerts").then().statusCode(201)
                .body("secret", secret == null ? org.hamcrest.Matchers.notNullValue() : equalTo(secret))
                .extract().path("id");
    }

    /** A one-turn English record written as index-service writes it, then announced on the indexed topic. */
    private static String index(String text) throws Exception {
        String recordId = "alert-" + UUID.randomUUID();
        elasticsearch.send("PUT", "/" + Indices.SPEECHES.alias() + "/_doc/" + recordId + ":1",
                "{\"recordId\":\"" + recordId + "\",\"seq\":1,\"symbol\":\"CD/PV.1777\",\"language\":\"en\",\"date\":\"2026-03-01\","
                        + "\"speaker\":\"Ms. Smith\",\"role\":\"speaker\",\"country\":\"CAN\",\"page\":3,\"text\":\"" + text + "\"}", true);
        IndexedEvent event = new IndexedEvent(IndexedEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), recordId, "sha", "CD/PV.1777", "en", 1,
                Instant.now(), Instant.now());
        producer.send(new ProducerRecord<>(Topics.INDEXED, recordId, EventJson.toBytes(event))).get(10, TimeUnit.SECONDS);
        return recordId;
    }

    private static List<Received> hooksTo(String path) {
        return hooks.stream().filter(hook -> hook.path().equals(path)).toList();
    }
}
