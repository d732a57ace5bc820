package io.verbatim.contracts;

/** Kafka topic names. Every topic is keyed by {@code recordId}, so one record's events stay in order. */
public final class Topics {
    /** A record's raw bytes are in the blob store: {@link FetchedEvent}. */
    public static final String FETCHED = "verbatim.fetched";
    /** A record has been parsed: {@link ParsedEvent}. */
    public static final String PARSED = "verbatim.parsed";
    /** A record has been written to Elasticsearch: {@link IndexedEvent}. */
    public static final String INDEXED = "verbatim.indexed";
    /** Fetched events that parse-service could not turn into a parsed record. */
    public static final String PARSE_DLQ = "verbatim.parse.dlq";
    /** Parsed events that index-service could not write. */
    public static final String INDEX_DLQ = "verbatim.index.dlq";

    private Topics() {
    }
}
