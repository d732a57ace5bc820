package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.admin.VerbatimAdmin;
import io.verbatim.contracts.DeadLetterHeaders;
import io.verbatim.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code verbatim-admin dlq replay} against a real broker: each dead letter goes back to its topic exactly
 * once, however filtered and unfiltered replays are combined.
 */
class DeadLetterReplayIT {

    private final String bootstrap = TestInfrastructure.kafkaOnly().kafkaBootstrapServers();
    private String deadLetters;
    private String target;

    @BeforeEach
    void createTopics() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        deadLetters = "test.dlq." + run;
        target = "test.target." + run;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(deadLetters, 1, (short) 1), new NewTopic(target, 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFilteredReplayThenAFullOneReplaysEveryLetterOnce() {
        park("A", "damaged PDF: no pages");
        park("B", "Java heap space");
        park("C", "document is larger than 5000 pages");

        assertThat(admin("dlq", "replay", deadLetters, "--record", "A")).isZero();
        assertThat(keysOn(target)).containsExactly("A");

        assertThat(admin("dlq", "replay", deadLetters)).isZero();
        assertThat(keysOn(target)).containsExactly("A", "B", "C");

        assertThat(admin("dlq", "replay", deadLetters)).isZero();
        assertThat(admin("dlq", "replay", deadLetters, "--record", "B")).isZero();
        assertThat(keysOn(target)).containsExactly("A", "B", "C");
    }

    @Test
    void aLetterParkedAgainAfterItsReplayIsANewLetterReplayedOnce() {
        park("A", "damaged PDF: no pages");
        assertThat(admin("dlq", "replay", deadLetters)).isZero();
        park("A", "damaged PDF: no pages");
        park("B", "Java heap space");

        assertThat(admin("dlq", "replay", deadLetters, "--reason", "PDF")).isZero();
        assertThat(keysOn(target)).containsExactly("A", "A");
        assertThat(admin("dlq", "replay", deadLetters)).isZero();
        assertThat(keysOn(target)).containsExactly("A", "A", "B");
    }

    private void park(String key, String reason) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(deadLetters, key, "{\"recordId\":\"" + key + "\"}");
            record.headers().add(DeadLetterHeaders.TOPIC, target.getBytes(StandardCharsets.UTF_8));
            record.headers().add(DeadLetterHeaders.REASON, reason.getBytes(StandardCharsets.UTF_8));
            producer.send(record);
            producer.flush();
        }
    }

    private int admin(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", bootstrap));
        return new CommandLine(new VerbatimAdmin()).execute(all.toArray(String[]::new));
    }

    /** Every record on the topic now; the replay commits before it returns, so all of them are readable. */
    private List<String> keysOn(String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> keys = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> keys.add(record.key()));
            }
        }
        return keys;
    }
}
