package io.verbatim.index.messaging;

import io.smallrye.common.annotation.Blocking;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.IndexedEvent;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.Topics;
import io.verbatim.index.service.IndexOutcome;
import io.verbatim.index.service.IndexTargets;
import io.verbatim.index.service.RecordIndexer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code verbatim.parsed}. The method returns only after Elasticsearch acknowledged the writes, and
 * only then is the message acked and its offset committed. A record that still fails after retries is parked
 * on {@code verbatim.index.dlq} with the reason; the consumer goes on.
 */
@ApplicationScoped
public class ParsedRecordConsumer {

    private static final Logger LOG = Logger.getLogger(ParsedRecordConsumer.class);
    private final RecordIndexer indexer;
    private final IndexedEventPublisher indexedEvents;

    public ParsedRecordConsumer(RecordIndexer indexer, IndexedEventPublisher indexedEvents) {
        this.indexer = indexer;
        this.indexedEvents = indexedEvents;
    }

    @Incoming("parsed")
    @Blocking
    public void onParsed(ConsumerRecord<String, byte[]> incoming) {
        try {
            ParsedEvent event = EventJson.fromBytes(incoming.value(), ParsedEvent.class);
            IndexOutcome outcome = indexer.index(event, IndexTargets.aliases());
            if (outcome == IndexOutcome.STALE) {
                LOG.infof("record %s (%s): a newer version is already indexed; nothing written", event.recordId(),
                        event.fileName());
                return;
            }
            if (outcome == IndexOutcome.DELETED || outcome == IndexOutcome.ABSENT) {
                LOG.infof("record %s was withdrawn by %s: %s", event.recordId(), event.sourceId(),
                        outcome == IndexOutcome.DELETED ? "removed with its speech turns" : "it was not indexed");
                return;
            }
            int speechCount = event.record().speeches().size();
            LOG.infof("indexed %s %s (record %s) with %d speech turns", event.record().symbol(),
                    event.record().language(), event.recordId(), speechCount);
            indexedEvents.publish(new IndexedEvent(IndexedEvent.SCHEMA_VERSION,
                    RecordIds.eventId("indexed", event.recordId(), event.sha256()), event.recordId(), event.sha256(),
                    event.record().symbol(), event.record().language(), speechCount, event.fetchedAt(), Instant.now()));
        } catch (IOException e) {
            LOG.errorf("cannot index record %s: %s; sent to %s", incoming.key(), e.getMessage(), Topics.INDEX_DLQ);
            throw new UncheckedIOException("cannot reach Elasticsearch for record " + incoming.key() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            LOG.errorf("cannot index record %s: %s; sent to %s", incoming.key(), e.getMessage(), Topics.INDEX_DLQ);
            throw e;
        }
    }
}
