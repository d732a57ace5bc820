package io.verbatim.admin;

import io.verbatim.contracts.DeadLetterHeaders;
import io.verbatim.contracts.Topics;
import java.util.List;
import java.util.Properties;

/**
 * The dead-letter topics for programs other than the command line (the gateway's admin API): what is parked and
 * why, and replaying it, each letter once however the calls are combined (the same {@link ReplayLedger} as
 * {@code ./verbatim dlq replay}).
 */
public final class DeadLetters {

    /** One parked record: where it failed, why, and whether a replay has sent it back already. */
    public record Letter(String topic, long offset, String recordId, String failedOn, String reason, String cause,
                         int replayCount, boolean replayed) {
    }

    private final Properties clientProperties;

    /** @param bootstrapServers the Kafka cluster's bootstrap servers */
    public DeadLetters(String bootstrapServers) {
        this.clientProperties = KafkaOptions.clientProperties(bootstrapServers);
    }

    /** @throws IllegalArgumentException for a topic that is not one of Verbatim's dead-letter topics */
    public List<Letter> list(String topic) {
        requireDeadLetterTopic(topic);
        ReplayLedger ledger = ReplayLedger.read(clientProperties);
        return new DeadLetterReader(clientProperties).readAll(topic).stream()
                .map(letter -> new Letter(topic, letter.record().offset(), letter.key(), letter.originalTopic(),
                        letter.header(DeadLetterHeaders.REASON), letter.header(DeadLetterHeaders.CAUSE), letter.replayCount(),
                        ledger.wasReplayed(letter.record())))
                .toList();
    }

    /**
     * Replays the letters not replayed before, of one record or with a reason holding a text when given (null: all).
     *
     * @return how many were sent back
     */
    public int replay(String topic, String recordId, String reasonPart) {
        requireDeadLetterTopic(topic);
        return new DeadLetterReplayer(clientProperties).replay(topic, new LetterSelection(recordId, reasonPart));
    }

    private static void requireDeadLetterTopic(String topic) {
        if (!Topics.DEAD_LETTER_TOPICS.contains(topic)) {
            throw new IllegalArgumentException("not a dead-letter topic: '" + topic + "'; one of " + Topics.DEAD_LETTER_TOPICS);
        }
    }
}
