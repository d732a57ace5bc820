package io.verbatim.ingest.harvest;

/** A document a record links to through MARC 993 $a; the first indicator says what kind it is. */
public record RelatedDocument(String symbol, Kind kind) {

    public enum Kind {
        RESOLUTION, DRAFT, REPORT, MEETING_RECORD, OTHER;

        static Kind fromIndicator(char ind1) {
            return switch (ind1) {
                case '1' -> RESOLUTION;
                case '2' -> DRAFT;
                case '3' -> REPORT;
                case '4' -> MEETING_RECORD;
                default -> OTHER;
            };
        }
    }
}
