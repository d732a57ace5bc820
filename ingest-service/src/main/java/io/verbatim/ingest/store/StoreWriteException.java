package io.verbatim.ingest.store;

import java.io.IOException;

/** A write to a compacted topic that the broker did not acknowledge. */
public class StoreWriteException extends IOException {

    public StoreWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
