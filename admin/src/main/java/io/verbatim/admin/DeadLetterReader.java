package io.verbatim.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a whole dead-letter topic, from its first offset to its current end. */
final class DeadLetterReader {

    private final TopicSnapshot snapshot;

    DeadLetterReader(Properties clientProperties) {
        this.snapshot = new TopicSnapshot(clientProperties);
    }

    List<DeadLetter> readAll(String topic) {
        List<DeadLetter> letters = new ArrayList<>();
        snapshot.forEach(topic, record -> letters.add(new DeadLetter(record)));
        return letters;
    }
}
