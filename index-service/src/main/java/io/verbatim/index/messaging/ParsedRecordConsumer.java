package io.verbatim.index.messaging;

import io.smallrye.common.annotation.Blocking;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.IndexedEvent;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.Topics;
import io.verbatim.index.service.IndexOutcome;
import io.verbatim.index.service.IndexResult;
import io.verbatim.index.service.IndexTargets;
import io.verbatim.index.service.RecordIndexer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code verbatim.parsed} in batches (up to {@code max.poll.records}), written in one bulk request.
 * The method returns only after Elasticsearch acknowledged the writes and every refused record is on
 * {@code verbatim.index.dlq}, and only then are the batch's offsets committed; while Elasticsearch is slow
 * the next batch is not read (back-pressure). A record that cannot be read, or that Elasticsearch refuses for
 * good, is parked with the reason and the rest of the batch goes on; a batch that still fails after the
 * retries (Elasticsearch gone for two minutes) is parked whole by the connector's dead-letter strategy.
 */
@ApplicationScoped
public class ParsedRecordConsumer {

    private static final Logger LOG = Logger.getLogger(ParsedRecordConsumer.class);
    private final RecordIndexer indexer;
    private final IndexedEventPublisher indexedEvents;
    private final DeadLetterPublisher deadLetters;

    public ParsedRecordConsumer(RecordIndexer indexer, IndexedEventPublisher indexedEvents, DeadLetterPublisher deadLetters) {
        this.indexer = indexer;
        this.indexedEvents = indexedEvents;
        this.deadLetters = deadLetters;
    }

    @Incoming("parsed")
    @Blocking
    public void onParsed(ConsumerRecords<String, byte[]> batch) throws Exception {
        Map<ParsedEvent, ConsumerRecord<String, byte[]>> origins = new IdentityHashMap<>();
        List<ParsedEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                ParsedEvent event = EventJson.fromBytes(record.value(), ParsedEvent.class);
                events.add(event);
                origins.put(event, record);
            } catch (RuntimeException e) {
                LOG.errorf("cannot index record %s: %s; sent to %s", record.key(), e.getMessage(), Topics.INDEX_DLQ);
                deadLetters.park(record, e.getMessage(), e);
            }
        }
        Map<ParsedEvent, IndexResult> results;
        try {
            results = indexer.indexAll(events, IndexTargets.aliases());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch for a batch of " + events.size() + " records: " + e.getMessage(), e);
        }
        for (ParsedEvent event : events) {
            report(event, results.get(event), origins.get(event));
        }
    }

    private void report(ParsedEvent event, IndexResult result, ConsumerRecord<String, byte[]> origin) throws Exception {
        switch (result.outcome()) {
            case REFUSED -> {
                LOG.errorf("%s; sent to %s", result.failure(), Topics.INDEX_DLQ);
                deadLetters.park(origin, result.failure(), null);
            }
            case STALE -> LOG.infof("record %s (%s): a newer version is already indexed; nothing written", event.recordId(),
                    event.fileName());
            case DELETED, ABSENT -> LOG.infof("record %s was withdrawn by %s: %s", event.recordId(), event.sourceId(),
                    result.outcome() == IndexOutcome.DELETED ? "removed with its speech turns" : "it was not indexed");
            case INDEXED -> {
                int speechCount = event.record().speeches().size();
                LOG.infof("indexed %s %s (record %s) with %d speech turns", event.record().symbol(), event.record().language(),
                        event.recordId(), speechCount);
                indexedEvents.publish(new IndexedEvent(IndexedEvent.SCHEMA_VERSION,
                        RecordIds.eventId("indexed", event.recordId(), event.sha256()), event.recordId(), event.sha256(),
                        event.record().symbol(), event.record().language(), speechCount, event.fetchedAt(), Instant.now()));
            }
        }
    }
}
