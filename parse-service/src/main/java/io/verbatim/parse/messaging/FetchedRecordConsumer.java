package io.verbatim.parse.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.FetchedEvent;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.Topics;
import io.verbatim.parse.service.RecordParseException;
import io.verbatim.parse.service.RecordParsingService;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Consumes {@code verbatim.fetched}, publishes {@code verbatim.parsed}. A record that fails is nacked, and the
 * connector's dead-letter strategy parks it on {@code verbatim.parse.dlq} with the reason; the consumer goes on.
 * The offset is committed only once the parsed event is acknowledged.
 */
@ApplicationScoped
public class FetchedRecordConsumer {

    private static final Logger LOG = Logger.getLogger(FetchedRecordConsumer.class);
    private final RecordParsingService parsing;

    public FetchedRecordConsumer(RecordParsingService parsing) {
        this.parsing = parsing;
    }

    @Incoming("fetched")
    @Outgoing("parsed")
    @Blocking
    public Record<String, byte[]> onFetched(ConsumerRecord<String, byte[]> incoming) {
        try {
            FetchedEvent fetched = EventJson.fromBytes(incoming.value(), FetchedEvent.class);
            ParsedEvent parsed = parsing.parse(fetched);
            if (parsed.deleted()) {
                LOG.infof("record %s was withdrawn by %s; its removal passed on", fetched.recordId(), fetched.sourceId());
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
            return Record.of(parsed.recordId(), payload);
        } catch (RuntimeException e) {
            LOG.errorf("%s; sent to %s", e.getMessage(), Topics.PARSE_DLQ);
            throw e;
        }
    }
}
