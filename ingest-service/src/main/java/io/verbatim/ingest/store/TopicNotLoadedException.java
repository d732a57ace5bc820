package io.verbatim.ingest.store;

import java.io.IOException;

/** A compacted topic has not been read to its end yet (Kafka unreachable, or still reading). */
public class TopicNotLoadedException extends IOException {

    public TopicNotLoadedException(String message) {
        super(message);
    }
}
