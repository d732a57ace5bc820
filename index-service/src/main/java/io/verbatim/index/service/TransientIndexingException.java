package io.verbatim.index.service;

/** A failure worth retrying: Elasticsearch was overloaded or a shard was unavailable. */
public class TransientIndexingException extends RuntimeException {
    public TransientIndexingException(String message) {
        super(message);
    }

    public TransientIndexingException(String message, Throwable cause) {
        super(message, cause);
    }
}
