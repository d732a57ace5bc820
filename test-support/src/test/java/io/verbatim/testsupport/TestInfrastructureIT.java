package io.verbatim.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.verbatim.admin.TopicProvisioner;
import io.verbatim.contracts.Topics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestInfrastructureIT {

    private final TestInfrastructure infra = TestInfrastructure.all();

    @Test
    @Order(1)
    void createsEveryTopicOfTheContracts() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(
                    Topics.ALL.stream().map(Topics.TopicSpec::name).toList()).allTopicNames().get(10, TimeUnit.SECONDS);
            for (Topics.TopicSpec spec : Topics.ALL) {
                assertThat(topics.get(spec.name()).partitions()).as(spec.name()).hasSize(spec.partitions());
            }
            ConfigResource parsed = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PARSED);
            var config = admin.describeConfigs(java.util.List.of(parsed)).all().get(10, TimeUnit.SECONDS).get(parsed);
            assertThat(config.get("max.message.bytes").value()).isEqualTo(String.valueOf(Topics.MAX_MESSAGE_BYTES));

            // provisioning them again changes nothing
            assertThat(new TopicProvisioner(admin).provisionAll()).allMatch(line -> line.startsWith("exists"));
        }
    }

    @Test
    @Order(2)
    void producedRecordIsConsumedWithItsHeaders() throws Exception {
        String key = "record-" + System.nanoTime();
        produce(Topics.FETCHED, key, "{\"schemaVersion\":1}");

        try (var fetched = new KafkaTestConsumer(infra.kafkaBootstrapServers(), Topics.FETCHED)) {
            await("the record " + key + " on " + Topics.FETCHED)
                    .atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(fetched.recordsWithKey(key)).singleElement()
                            .satisfies(r -> {
                                assertThat(r.value()).isEqualTo("{\"schemaVersion\":1}");
                                assertThat(r.header("stage")).isEqualTo("test");
                            }));
        }
    }

    @Test
    @Order(3)
    void indexesAndCountsDocuments() {
        var elasticsearch = ElasticsearchTestClient.of(infra);
        assertThat(infra.elasticsearchHostAndPort()).startsWith(infra.mode() == InfraMode.NATIVE ? "127.0.0.1:" : "");
        elasticsearch.deleteIndex("it-speeches");
        elasticsearch.createIndex("it-speeches", "{\"settings\":{\"number_of_replicas\":0}}");
        elasticsearch.send("PUT", "/it-speeches/_doc/PV.1511:1", "{\"text\":\"the Conference on Disarmament\"}", true);

        assertThat(elasticsearch.count("it-speeches")).isEqualTo(1);
        assertThat(elasticsearch.hits("it-speeches", "{\"query\":{\"match\":{\"text\":\"disarmament\"}}}"))
                .extracting(hit -> hit.path("text").asText())
                .containsExactly("the Conference on Disarmament");
        assertThat(elasticsearch.get("it-speeches", "PV.1511:1")).isNotNull();
        assertThat(elasticsearch.count("no-such-index")).isZero();
    }

    @Test
    @Order(3)
    void hasOurAnalysisPlugin() {
        var elasticsearch = ElasticsearchTestClient.of(infra);
        String analyzed = elasticsearch.send("POST", "/_analyze",
                "{\"analyzer\":\"verbatim_fr\",\"text\":\"l’Union et les garanties de sécurité\"}", true).body();

        assertThat(analyzed).contains("\"union\"", "\"garant\"", "\"securit\"").doesNotContain("\"l’union\"");
    }

    @Test
    @Order(4)
    void killedBrokerStartsAgainOnTheSamePortWithItsData() throws Exception {
        KafkaBroker broker = infra.kafka();
        if (infra.mode() == InfraMode.CONTAINERS) {
            assertThatThrownBy(broker::kill).isInstanceOf(UnsupportedOperationException.class);
            return;
        }
        String key = "before-kill-" + System.nanoTime();
        produce(Topics.INDEXED, key, "{}");
        broker.kill();
        assertThat(broker.isRunning()).isFalse();
        broker.start();

        try (var indexed = new KafkaTestConsumer(broker.bootstrapServers(), Topics.INDEXED)) {
            await("the record " + key + " written before the broker was killed")
                    .atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(indexed.recordsWithKey(key)).hasSize(1));
        }
    }

    @Test
    @Order(5)
    void stopLeavesNoProcessBehind() {
        if (infra.mode() == InfraMode.CONTAINERS) {
            infra.stop();
            return;
        }
        String run = infra.nativeRunFolder().orElseThrow().getFileName().toString();
        String[] ports = {infra.kafkaBootstrapServers(), infra.elasticsearchHostAndPort()};
        assertThat(processesOf(run)).as("processes of " + run + " while running").hasSizeGreaterThanOrEqualTo(2);

        infra.stop();

        assertThat(processesOf(run)).as("processes of " + run + " after stop").isEmpty();
        for (String hostAndPort : ports) {
            assertThat(accepts(hostAndPort)).as(hostAndPort + " accepting connections after stop").isFalse();
        }
    }

    private void produce(String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(topic, key, value);
            record.headers().add("stage", "test".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private static java.util.List<String> processesOf(String run) {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .filter(line -> line.contains(run))
                .toList();
    }

    private static boolean accepts(String hostAndPort) {
        String[] parts = hostAndPort.split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(parts[0], Integer.parseInt(parts[1])), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
