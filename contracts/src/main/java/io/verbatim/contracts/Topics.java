package io.verbatim.contracts;

import java.util.List;
import java.util.Map;

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

    /** The harvest sources, as the admin API defines them (compacted; keyed by source id, a tombstone removes one). */
    public static final String SOURCES = "verbatim.sources";
    /** Where each source's harvest stands (compacted; keyed by source id). */
    public static final String HARVEST_CHECKPOINTS = "verbatim.harvest.checkpoints";
    /** Which content has been published, so that a record re-published unchanged is not processed again (compacted; keyed by SHA-256). */
    public static final String INGEST_LEDGER = "verbatim.ingest.ledger";

    /** Which dead letters have been replayed (compacted; keyed by {@code topic/partition/offset}). */
    public static final String DLQ_REPLAYED = "verbatim.dlq.replayed";
    /** The topics on which failed records are parked with their reason. */
    public static final List<String> DEAD_LETTER_TOPICS = List.of(PARSE_DLQ, INDEX_DLQ);

    /** Parsed records carry their whole text: a 2,000-page record is a few MB of JSON. */
    public static final int MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

    /** Every topic of the pipeline, as provisioned by {@code verbatim-admin topics}. */
    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec(FETCHED, 3, Map.of()),
            // Compacted: the latest parsed version of every record stays, the source a reindex reads.
            new TopicSpec(PARSED, 3, Map.of("max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES), "cleanup.policy", "compact")),
            new TopicSpec(INDEXED, 3, Map.of()),
            new TopicSpec(PARSE_DLQ, 1, Map.of("retention.ms", "-1")),
            new TopicSpec(INDEX_DLQ, 1, Map.of("retention.ms", "-1",
                    "max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES))),
            new TopicSpec(DLQ_REPLAYED, 1, Map.of("cleanup.policy", "compact")),
            new TopicSpec(SOURCES, 6, Map.of("cleanup.policy", "compact")),
            new TopicSpec(HARVEST_CHECKPOINTS, 1, Map.of("cleanup.policy", "compact")),
            new TopicSpec(INGEST_LEDGER, 1, Map.of("cleanup.policy", "compact")));

    /** The spec of one of {@link #ALL}. */
    public static TopicSpec spec(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic " + name));
    }

    /** A topic's name, partition count and the configuration it is created with. */
    public record TopicSpec(String name, int partitions, Map<String, String> config) {
    }

    private Topics() {
    }
}
