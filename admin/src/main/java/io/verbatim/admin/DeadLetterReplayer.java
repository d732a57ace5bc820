package io.verbatim.admin;

import io.verbatim.contracts.DeadLetterHeaders;
import io.verbatim.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends dead-lettered records back to the topic they failed on, with their original key and value and a
 * replay count. A consumer group remembers how far it got, so records are replayed once; a record that
 * fails again comes back to the dead-letter topic as a new record and can be replayed again after a fix.
 */
final class DeadLetterReplayer {

    static final String REPLAY_GROUP = "verbatim-dlq-replay";
    private final Properties clientProperties;

    DeadLetterReplayer(Properties clientProperties) {
        this.clientProperties = clientProperties;
    }

    /**
     * Replays the records that are on the topic now. Records parked while it runs (a replayed record that
     * fails again) are left for the next replay, or replaying a record that still fails would never end.
     */
    int replay(String deadLetterTopic, String onlyRecordId) {
        try (var consumer = new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
             var producer = new KafkaProducer<>(producerProperties(), new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(deadLetterTopic, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> endNow = consumer.endOffsets(partitions);
            int replayed = 0;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < endNow.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    boolean parkedBeforeStart = record.offset() < endNow.get(new TopicPartition(record.topic(), record.partition()));
                    DeadLetter letter = new DeadLetter(record);
                    if (parkedBeforeStart && (onlyRecordId == null || onlyRecordId.equals(letter.key()))) {
                        producer.send(replayOf(letter)).get();
                        replayed++;
                    }
                }
                consumer.commitSync(committableUpTo(consumer, partitions, endNow));
            }
            return replayed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay of " + deadLetterTopic + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot replay " + deadLetterTopic + ": " + e.getCause().getMessage(), e);
        }
    }

    /** The group's new offsets: where the consumer is, but never past the end seen at the start. */
    private static Map<TopicPartition, OffsetAndMetadata> committableUpTo(KafkaConsumer<byte[], byte[]> consumer,
            List<TopicPartition> partitions, Map<TopicPartition, Long> endNow) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            offsets.put(partition, new OffsetAndMetadata(Math.min(consumer.position(partition), endNow.get(partition))));
        }
        return offsets;
    }

    private static ProducerRecord<byte[], byte[]> replayOf(DeadLetter letter) {
        String target = letter.originalTopic();
        if (target == null) {
            throw new IllegalStateException("record at offset " + letter.record().offset()
                    + " has no " + DeadLetterHeaders.TOPIC + " header: it does not say where it came from");
        }
        var replay = new ProducerRecord<>(target, letter.record().key(), letter.record().value());
        replay.headers().add(DeadLetterHeaders.REPLAY_COUNT,
                String.valueOf(letter.replayCount() + 1).getBytes(StandardCharsets.UTF_8));
        return replay;
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, REPLAY_GROUP);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return properties;
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Topics.MAX_MESSAGE_BYTES));
        return properties;
    }
}
