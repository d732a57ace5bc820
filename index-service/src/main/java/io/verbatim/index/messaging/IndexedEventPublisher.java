package io.verbatim.index.messaging;

import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.IndexedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Announces that a record is searchable, for freshness figures and alerts. */
@ApplicationScoped
public class IndexedEventPublisher {

    private final Emitter<byte[]> emitter;

    public IndexedEventPublisher(@Channel("indexed") Emitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    public void publish(IndexedEvent event) {
        emitter.send(Message.of(EventJson.toBytes(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.recordId()).build())
                .addMetadata(TracingMetadata.withCurrent(Context.current())));
    }
}
