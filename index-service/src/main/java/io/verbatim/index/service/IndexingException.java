package io.verbatim.index.service;

/**
 * Elasticsearch refused part of a record.
 *
 * @see #transientFailure() whether trying again later may succeed (overload, unavailable shard)
 */
public class IndexingException extends RuntimeException {

    private final boolean transientFailure;

    public IndexingException(String message, boolean transientFailure) {
        super(message);
        this.transientFailure = transientFailure;
    }

    public boolean transientFailure() {
        return transientFailure;
    }
}
