package io.verbatim.admin;

import io.verbatim.contracts.DeadLetterHeaders;
import io.verbatim.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends dead-lettered records back to the topic they failed on, with their original key and value and a
 * replay count. The {@link ReplayLedger} remembers each letter replayed, so every letter is replayed once
 * however replays with and without filters are combined; a record that fails again comes back to the
 * dead-letter topic as a new letter and can be replayed again after a fix. Letters parked while a replay
 * runs are left for the next one, or replaying a record that still fails would never end.
 */
final class DeadLetterReplayer {

    static final String TRANSACTIONAL_ID = "verbatim-dlq-replay";
    private final Properties clientProperties;

    DeadLetterReplayer(Properties clientProperties) {
        this.clientProperties = clientProperties;
    }

    /** Replays the letters on the topic now that {@code selected} accepts and no earlier replay sent. */
    int replay(String deadLetterTopic, Predicate<DeadLetter> selected) {
        ReplayLedger ledger = ReplayLedger.read(clientProperties);
        try (var producer = new KafkaProducer<>(producerProperties(), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            int[] replayed = {0};
            new TopicSnapshot(clientProperties).forEach(deadLetterTopic, record -> {
                DeadLetter letter = new DeadLetter(record);
                if (ledger.wasReplayed(record) || !selected.test(letter)) {
                    return;
                }
                ProducerRecord<byte[], byte[]> replay = replayOf(letter);
                producer.beginTransaction();
                try {
                    producer.send(replay);
                    producer.send(ledger.entryFor(record, replay.topic()));
                    producer.commitTransaction();
                } catch (KafkaException e) {
                    producer.abortTransaction();
                    throw new IllegalStateException("cannot replay " + letter.describe() + ": " + e.getMessage(), e);
                }
                replayed[0]++;
            });
            return replayed[0];
        }
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

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TRANSACTIONAL_ID);
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Topics.MAX_MESSAGE_BYTES));
        return properties;
    }
}
