package io.verbatim.contracts;

import java.time.Instant;

/**
 * A record's bytes are stored in the blob store under {@code sha256} (claim check: the bytes never travel
 * through Kafka).
 *
 * @param recordId       stable id of the record: see {@link RecordIds#recordId}
 * @param sourceId       where it came from: {@code inbox}, {@code upload}, an OAI-PMH endpoint's id...
 * @param sourceRecordId the source's own id for it (a file name, an OAI identifier)
 * @param fileName       the file name as received
 * @param mediaType      the media type as far as the source knows it, e.g. {@code application/pdf}
 * @param languageHint   ISO 639-1 language the source claims, or null
 */
public record FetchedEvent(
        int schemaVersion,
        String eventId,
        String recordId,
        String sourceId,
        String sourceRecordId,
        String fileName,
        String mediaType,
        String sha256,
        long size,
        String languageHint,
        Instant fetchedAt) {

    public static final int SCHEMA_VERSION = 1;
}
