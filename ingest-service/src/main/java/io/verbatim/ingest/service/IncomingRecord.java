package io.verbatim.ingest.service;

import io.verbatim.contracts.SourceMetadata;

/**
 * A record as a source offers it, before its bytes are read.
 *
 * @param sourceId       {@code inbox}, {@code upload}, or a harvest source's id
 * @param sourceRecordId the source's own id for it (a file name, an OAI identifier)
 * @param mediaType      what the source says it is, or null
 * @param languageHint   ISO 639-1 language the source claims, or null
 * @param sourceMetadata what the archive says about the record, or null
 */
public record IncomingRecord(String sourceId, String sourceRecordId, String fileName, String mediaType,
                             String languageHint, SourceMetadata sourceMetadata) {

    public IncomingRecord(String sourceId, String sourceRecordId, String fileName, String mediaType, String languageHint) {
        this(sourceId, sourceRecordId, fileName, mediaType, languageHint, null);
    }
}
