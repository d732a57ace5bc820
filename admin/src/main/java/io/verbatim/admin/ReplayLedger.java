package io.verbatim.admin;

import io.verbatim.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Which dead letters have been replayed, kept on the compacted {@link Topics#DLQ_REPLAYED} topic: one entry
 * per dead letter, keyed by where it lies ({@code topic/partition/offset}). A replay writes the entry in the
 * same transaction as the replayed record, so a letter is replayed once whatever the filters of earlier
 * replays were, and a replay cut short leaves neither half behind.
 */
final class ReplayLedger {

    private final Set<String> replayed;

    private ReplayLedger(Set<String> replayed) {
        this.replayed = replayed;
    }

    static ReplayLedger read(Properties clientProperties) {
        Set<String> replayed = new HashSet<>();
        new TopicSnapshot(clientProperties).forEach(Topics.DLQ_REPLAYED,
                record -> replayed.add(new String(record.key(), StandardCharsets.UTF_8)));
        return new ReplayLedger(replayed);
    }

    boolean wasReplayed(ConsumerRecord<?, ?> deadLetter) {
        return replayed.contains(keyOf(deadLetter));
    }

    /** The entry to write with the replayed record; the letter counts as replayed from then on. */
    ProducerRecord<byte[], byte[]> entryFor(ConsumerRecord<?, ?> deadLetter, String replayedTo) {
        String key = keyOf(deadLetter);
        replayed.add(key);
        return new ProducerRecord<>(Topics.DLQ_REPLAYED, key.getBytes(StandardCharsets.UTF_8),
                replayedTo.getBytes(StandardCharsets.UTF_8));
    }

    private static String keyOf(ConsumerRecord<?, ?> deadLetter) {
        return deadLetter.topic() + "/" + deadLetter.partition() + "/" + deadLetter.offset();
    }
}
