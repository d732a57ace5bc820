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
 * @param sourceMetadata what the archive says about the record, or null (schema version 2; version 1 events
 *                       have none and are still read)
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
        Instant fetchedAt,
        SourceMetadata sourceMetadata) {

    public static final int SCHEMA_VERSION = 2;

    /** An event from a source that knows nothing about the record beyond its file. */
    public FetchedEvent(int schemaVersion, String eventId, String recordId, String sourceId, String sourceRecordId, String fileName,
            String mediaType, String sha256, long size, String languageHint, Instant fetchedAt) {
        this(schemaVersion, eventId, recordId, sourceId, sourceRecordId, fileName, mediaType, sha256, size, languageHint, fetchedAt, null);
    }
}
