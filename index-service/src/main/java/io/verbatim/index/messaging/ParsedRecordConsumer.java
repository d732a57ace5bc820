package io.verbatim.index.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.smallrye.common.annotation.Blocking;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.IndexedEvent;
import io.verbatim.contracts.LogFields;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.Topics;
import io.verbatim.index.service.IndexMetrics;
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
import org.jboss.logging.MDC;

/**
 * Consumes {@code verbatim.parsed} in batches (up to {@code max.poll.records}), written in one bulk request.
 * The method returns only after Elasticsearch acknowledged the writes and every refused record is on
 * {@code verbatim.index.dlq}, and only then are the batch's offsets committed; while Elasticsearch is slow
 * the next batch is not read (back-pressure). A record that cannot be read, or that Elasticsearch refuses for
 * good, is parked with the reason and the rest of the batch goes on; a batch that still fails after the
 * retries (Elasticsearch gone for ten minutes) is parked whole by the connector's dead-letter strategy.
 */
@ApplicationScoped
public class ParsedRecordConsumer {

    private static final Logger LOG = Logger.getLogger(ParsedRecordConsumer.class);
    private final RecordIndexer indexer;
    private final IndexedEventPublisher indexedEvents;
    private final DeadLetterPublisher deadLetters;
    private final IndexMetrics metrics;
    private final RecordSpans spans;

    public ParsedRecordConsumer(RecordIndexer indexer, IndexedEventPublisher indexedEvents, DeadLetterPublisher deadLetters,
            IndexMetrics metrics, RecordSpans spans) {
        this.spans = spans;
        this.indexer = indexer;
        this.indexedEvents = indexedEvents;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @Incoming("parsed")
    @Blocking
    public void onParsed(ConsumerRecords<String, byte[]> batch) throws Exception {
        Map<ParsedEvent, ConsumerRecord<String, byte[]>> origins = new IdentityHashMap<>();
        Map<ParsedEvent, Span> recordSpans = new IdentityHashMap<>();
        List<ParsedEvent> events = new ArrayList<>();
        try {
            read(batch, events, origins, recordSpans);
            index(events, origins, recordSpans);
        } finally {
            recordSpans.values().forEach(Span::end);
        }
    }

    private void read(ConsumerRecords<String, byte[]> batch, List<ParsedEvent> events,
            Map<ParsedEvent, ConsumerRecord<String, byte[]>> origins, Map<ParsedEvent, Span> recordSpans) throws Exception {
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                ParsedEvent event = EventJson.fromBytes(record.value(), ParsedEvent.class);
                events.add(event);
                origins.put(event, record);
                recordSpans.put(event, spans.indexing(record));
            } catch (RuntimeException e) {
                LOG.errorf("cannot index record %s: %s; sent to %s", record.key(), e.getMessage(), Topics.INDEX_DLQ);
                deadLetters.park(record, e.getMessage(), e);
                metrics.unreadable();
            }
        }
    }

    private void index(List<ParsedEvent> events, Map<ParsedEvent, ConsumerRecord<String, byte[]>> origins,
            Map<ParsedEvent, Span> recordSpans) throws Exception {
        Map<ParsedEvent, IndexResult> results;
        try {
            results = indexer.indexAll(events, IndexTargets.aliases());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch for a batch of " + events.size() + " records: " + e.getMessage(), e);
        }
        Instant written = Instant.now();
        for (ParsedEvent event : events) {
            IndexResult result = results.get(event);
            MDC.put(LogFields.RECORD_ID, event.recordId());
            MDC.put(LogFields.SOURCE_ID, event.sourceId());
            try (Scope ignored = recordSpans.get(event).makeCurrent()) {
                report(event, result, origins.get(event));
            } finally {
                MDC.remove(LogFields.RECORD_ID);
                MDC.remove(LogFields.SOURCE_ID);
            }
            metrics.written(event, result.outcome(), written);
        }
    }

    private void report(ParsedEvent event, IndexResult result, ConsumerRecord<String, byte[]> origin) throws Exception {
        switch (result.outcome()) {
            case REFUSED -> {
                Span.current().setStatus(StatusCode.ERROR, result.failure());
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
