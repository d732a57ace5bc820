package io.verbatim.contracts;

import java.time.Instant;

/** A record is searchable: its document and speech turns are acknowledged by Elasticsearch. */
public record IndexedEvent(
        int schemaVersion,
        String eventId,
        String recordId,
        String sha256,
        String symbol,
        String language,
        int speechCount,
        Instant fetchedAt,
        Instant indexedAt) {

    public static final int SCHEMA_VERSION = 1;
}
