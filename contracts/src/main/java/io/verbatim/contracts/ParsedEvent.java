package io.verbatim.contracts;

import io.verbatim.contracts.record.MeetingRecord;
import java.time.Instant;

/** A record read into structure. Carries the whole parsed record (text and speeches), not the raw bytes. */
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
        MeetingRecord record) {

    public static final int SCHEMA_VERSION = 1;
}
