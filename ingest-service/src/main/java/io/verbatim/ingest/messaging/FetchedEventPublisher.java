package io.verbatim.ingest.messaging;

import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.FetchedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes fetched events keyed by recordId; completes when the broker has acknowledged the write. */
@ApplicationScoped
public class FetchedEventPublisher {

    public static final String CHANNEL = "fetched";
    private final Emitter<byte[]> emitter;

    public FetchedEventPublisher(@Channel(CHANNEL) Emitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    public CompletableFuture<Void> publish(FetchedEvent event) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        Message<byte[]> message = Message.of(EventJson.toBytes(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.recordId()).build())
                // the ingest's span, not whatever is current on the thread that finally sends it
                .addMetadata(TracingMetadata.withCurrent(Context.current()))
                .withAck(() -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return acknowledged;
    }
}
