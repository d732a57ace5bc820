package io.verbatim.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every record of one topic from the beginning, without a consumer group, for assertions:
 *
 * <pre>{@code
 * try (var parsed = new KafkaTestConsumer(infra.kafkaBootstrapServers(), Topics.PARSED)) {
 *     await("a parsed event for " + recordId).untilAsserted(() ->
 *             assertThat(parsed.records()).extracting(Received::key).contains(recordId));
 * }
 * }</pre>
 *
 * Each call to {@link #records()} reads on to the end the topic had when it was called, so a backlog larger than
 * one poll is never mistaken for everything there is.
 */
public final class KafkaTestConsumer implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();
    private boolean assigned;

    /** A record as read: key and value as UTF-8 text, headers by name (the last one of a name wins). */
    public record Received(String topic, int partition, long offset, String key, String value,
            Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    public KafkaTestConsumer(String bootstrapServers, String topic) {
        this.topic = topic;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /**
     * Everything the topic held when this was called (committed records, as a read_committed consumer sees
     * them), and whatever else arrived while reading it.
     */
    public synchronized List<Received> records() {
        if (assignPartitions()) {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            long deadline = System.nanoTime() + CATCH_UP.toNanos();
            do {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    received.add(toReceived(record));
                }
            } while (!reached(end) && System.nanoTime() < deadline);
        }
        return List.copyOf(received);
    }

    /** The records read so far with this key, after polling for new records. */
    public List<Received> recordsWithKey(String key) {
        return records().stream().filter(r -> key.equals(r.key())).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** The topic may not exist yet: assign its partitions once it does. */
    private boolean assignPartitions() {
        if (!assigned) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            if (!partitions.isEmpty()) {
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                assigned = true;
            }
        }
        return assigned;
    }

    private static Received toReceived(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new Received(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                headers);
    }
}
