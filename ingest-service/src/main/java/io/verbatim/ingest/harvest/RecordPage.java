package io.verbatim.ingest.harvest;

import java.util.List;
import java.util.Optional;

/**
 * One page of ListRecords or ListIdentifiers. The list is complete when the page has no resumption token or
 * an empty one, which is how the last page says so.
 */
public record RecordPage(List<OaiRecord> records, ResumptionToken resumptionToken) implements OaiResponse {

    public RecordPage {
        records = List.copyOf(records);
    }

    /** What {@code noRecordsMatch} means to a harvester: nothing new in the window, and nothing to resume. */
    public static RecordPage empty() {
        return new RecordPage(List.of(), null);
    }

    /** The token to ask for the next page with, or empty on the last page. */
    public Optional<ResumptionToken> next() {
        return resumptionToken == null || resumptionToken.value().isEmpty() ? Optional.empty() : Optional.of(resumptionToken);
    }

    public boolean isLastPage() {
        return next().isEmpty();
    }
}
