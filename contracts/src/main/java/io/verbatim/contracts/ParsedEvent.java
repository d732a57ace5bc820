package io.verbatim.contracts;

import io.verbatim.contracts.record.MeetingRecord;
import java.time.Instant;

/**
 * A record read into structure. Carries the whole parsed record (text and speeches), not the raw bytes.
 *
 * @param deleted the source withdrew the record (schema version 2): {@code record} and {@code sha256} are null,
 *                and index-service removes the record and its speeches
 * @param publishedAt when the source published the record, if it said ({@link SourceMetadata#published()}); null
 *                    otherwise
 */
public record ParsedEvent(
        int schemaVersion,
        String eventId,
        String recordId,
        String sourceId,
        String sourceRecordId,
        String fileName,
        String sha256,
        Instant fetchedAt,
        Instant parsedAt,
        MeetingRecord record,
        boolean deleted,
        Instant publishedAt) {

    public static final int SCHEMA_VERSION = 2;

    public ParsedEvent(int schemaVersion, String eventId, String recordId, String sourceId, String sourceRecordId, String fileName,
            String sha256, Instant fetchedAt, Instant parsedAt, MeetingRecord record) {
        this(schemaVersion, eventId, recordId, sourceId, sourceRecordId, fileName, sha256, fetchedAt, parsedAt, record, false, null);
    }

    /** A deletion passed on: there is nothing to parse. */
    public static ParsedEvent deletionOf(FetchedEvent deletion, Instant now) {
        return new ParsedEvent(SCHEMA_VERSION, deletion.eventId(), deletion.recordId(), deletion.sourceId(), deletion.sourceRecordId(),
                null, null, deletion.fetchedAt(), now, null, true, null);
    }
}
