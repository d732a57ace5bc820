package io.verbatim.parse.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.FetchedEvent;
import io.verbatim.contracts.LogFields;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.Topics;
import io.verbatim.parse.service.ParseMetrics;
import io.verbatim.parse.service.ParseSlots;
import io.verbatim.parse.service.RecordParseException;
import io.verbatim.parse.service.RecordParsingService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Consumes {@code verbatim.fetched}, publishes {@code verbatim.parsed}. A record that fails is nacked, and the
 * connector's dead-letter strategy parks it on {@code verbatim.parse.dlq} with the reason; the consumer goes on.
 * The offset is committed only once the parsed event is acknowledged (and those of every earlier record of its
 * partition: records are parsed a few at a time, see {@link ParseSlots}, and may finish out of order; a record's
 * versions, not the order of its events, decide what the index keeps).
 */
@ApplicationScoped
public class FetchedRecordConsumer {

    private static final Logger LOG = Logger.getLogger(FetchedRecordConsumer.class);
    private final RecordParsingService parsing;
    private final ParseMetrics metrics;
    private final ParseSlots slots;

    public FetchedRecordConsumer(RecordParsingService parsing, ParseMetrics metrics, ParseSlots slots) {
        this.parsing = parsing;
        this.metrics = metrics;
        this.slots = slots;
    }

    @Incoming("fetched")
    @Outgoing("parsed")
    @Blocking(value = "parse-workers", ordered = false)
    public Record<String, byte[]> onFetched(ConsumerRecord<String, byte[]> incoming) {
        String source = ParseMetrics.UNKNOWN_SOURCE;
        try {
            long started = System.nanoTime();
            FetchedEvent fetched = EventJson.fromBytes(incoming.value(), FetchedEvent.class);
            source = fetched.sourceId();
            MDC.put(LogFields.RECORD_ID, fetched.recordId());
            MDC.put(LogFields.SOURCE_ID, source);
            ParsedEvent parsed = slots.parse(fetched.size(), () -> parsing.parse(fetched));
            if (parsed.deleted()) {
                LOG.infof("record %s was withdrawn by %s; its removal passed on", fetched.recordId(), fetched.sourceId());
                metrics.withdrawn(source);
                return Record.of(parsed.recordId(), EventJson.toBytes(parsed));
            }
            LOG.infof("parsed %s (record %s): %s %s, %d speech turns", fetched.fileName(), fetched.recordId(),
                    parsed.record().symbol(), parsed.record().language(), parsed.record().speeches().size());
            byte[] payload = EventJson.toBytes(parsed);
            if (payload.length > Topics.MAX_MESSAGE_BYTES) {
                throw new RecordParseException("cannot publish " + fetched.fileName() + " (record " + fetched.recordId()
                        + "): its parsed record is " + payload.length + " bytes, more than " + Topics.PARSED
                        + " takes (" + Topics.MAX_MESSAGE_BYTES + ")", null);
            }
            metrics.parsed(source, Duration.ofNanos(System.nanoTime() - started));
            return Record.of(parsed.recordId(), payload);
        } catch (RuntimeException e) {
            LOG.errorf("%s; sent to %s", e.getMessage(), Topics.PARSE_DLQ);
            metrics.failed(source);
            throw e;
        } finally {
            MDC.remove(LogFields.RECORD_ID);
            MDC.remove(LogFields.SOURCE_ID);
        }
    }
}
