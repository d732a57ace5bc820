package io.verbatim.admin;

import io.verbatim.contracts.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** One record of a dead-letter topic, with the original bytes and the reason it was parked. */
record DeadLetter(ConsumerRecord<byte[], byte[]> record) {

    String key() {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    String header(String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    String originalTopic() {
        return header(DeadLetterHeaders.TOPIC);
    }

    int replayCount() {
        String count = header(DeadLetterHeaders.REPLAY_COUNT);
        return count == null ? 0 : Integer.parseInt(count);
    }

    String describe() {
        return "%s@%d key=%s from=%s:%s@%s reason=%s cause=%s".formatted(record.topic(), record.offset(), key(),
                originalTopic(), header(DeadLetterHeaders.PARTITION), header(DeadLetterHeaders.OFFSET),
                header(DeadLetterHeaders.REASON), header(DeadLetterHeaders.CAUSE));
    }
}
