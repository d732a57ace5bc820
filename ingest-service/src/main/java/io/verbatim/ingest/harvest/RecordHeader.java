package io.verbatim.ingest.harvest;

import java.time.Instant;
import java.util.List;

/**
 * An OAI-PMH record header. The datestamp is when the record was last (re)catalogued, not the document's
 * date: at the UN Digital Library it can be weeks after the meeting.
 */
public record RecordHeader(String identifier, Instant datestamp, List<String> setSpecs, boolean deleted) {

    public RecordHeader {
        setSpecs = List.copyOf(setSpecs);
    }
}
