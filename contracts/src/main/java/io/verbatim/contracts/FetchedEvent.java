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
 * @param deleted        the source withdrew the record (schema version 3): there are no bytes (sha256 is null),
 *                       and the record and its speeches leave search
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
        SourceMetadata sourceMetadata,
        boolean deleted) {

    public static final int SCHEMA_VERSION = 3;

    public FetchedEvent(int schemaVersion, String eventId, String recordId, String sourceId, String sourceRecordId, String fileName,
            String mediaType, String sha256, long size, String languageHint, Instant fetchedAt, SourceMetadata sourceMetadata) {
        this(schemaVersion, eventId, recordId, sourceId, sourceRecordId, fileName, mediaType, sha256, size, languageHint, fetchedAt,
                sourceMetadata, false);
    }

    /** The source no longer has the record: what follows it downstream is its removal from search. */
    public static FetchedEvent deletion(String recordId, String sourceId, String sourceRecordId, String languageHint, Instant seenAt) {
        return new FetchedEvent(SCHEMA_VERSION, RecordIds.eventId("deleted", recordId, seenAt.toString()), recordId, sourceId,
                sourceRecordId, null, null, null, 0, languageHint, seenAt, null, true);
    }

    /** An event from a source that knows nothing about the record beyond its file. */
    public FetchedEvent(int schemaVersion, String eventId, String recordId, String sourceId, String sourceRecordId, String fileName,
            String mediaType, String sha256, long size, String languageHint, Instant fetchedAt) {
        this(schemaVersion, eventId, recordId, sourceId, sourceRecordId, fileName, mediaType, sha256, size, languageHint, fetchedAt, null, false);
    }
}
