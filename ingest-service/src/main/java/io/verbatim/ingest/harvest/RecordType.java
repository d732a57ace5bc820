package io.verbatim.ingest.harvest;

import java.util.List;

/**
 * What kind of document a record is: its 089 $b codes ({@code B03} is a meeting record) and its 989
 * collection facets, each written as {@code Documents and Publications > Meeting Records > Verbatim Records}.
 */
public record RecordType(List<String> codes, List<String> collections) {

    public static final String MEETING_RECORD_CODE = "B03";

    public RecordType {
        codes = List.copyOf(codes);
        collections = List.copyOf(collections);
    }

    public boolean isMeetingRecord() {
        return codes.contains(MEETING_RECORD_CODE) || collections.stream().anyMatch(c -> c.contains("Meeting Records"));
    }
}
