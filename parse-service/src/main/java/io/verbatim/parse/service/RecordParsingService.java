package io.verbatim.parse.service;

import io.verbatim.contracts.FetchedEvent;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.parse.store.BlobReader;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.parser.UnparseableDocumentException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/** Turns a fetched event into a parsed event: reads the blob, parses it. A deletion passes through as one. */
@ApplicationScoped
public class RecordParsingService {

    private final BlobReader blobs;
    private final MeetingRecordParser parser;

    public RecordParsingService(BlobReader blobs, MeetingRecordParser parser) {
        this.blobs = blobs;
        this.parser = parser;
    }

    public ParsedEvent parse(FetchedEvent fetched) {
        if (fetched.deleted()) {
            return ParsedEvent.deletionOf(fetched, Instant.now());
        }
        MeetingRecord record;
        try (InputStream content = blobs.open(fetched.sha256())) {
            record = parser.parse(content, fetched.fileName(), fetched.mediaType(), fetched.sourceMetadata());
        } catch (UnparseableDocumentException | IOException | RuntimeException e) {
            throw new RecordParseException("cannot parse " + fetched.fileName() + " (record " + fetched.recordId()
                    + ", sha256 " + fetched.sha256() + "): " + e.getMessage(), e);
        }
        return new ParsedEvent(ParsedEvent.SCHEMA_VERSION, RecordIds.eventId("parsed", fetched.recordId(), fetched.sha256()),
                fetched.recordId(), fetched.sourceId(), fetched.sourceRecordId(), fetched.fileName(), fetched.sha256(),
                fetched.fetchedAt(), Instant.now(), record, false,
                fetched.sourceMetadata() == null ? null : fetched.sourceMetadata().published());
    }
}
