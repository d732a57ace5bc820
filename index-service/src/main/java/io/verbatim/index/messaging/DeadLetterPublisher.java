package io.verbatim.index.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.verbatim.contracts.DeadLetterHeaders;
import io.verbatim.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Parks one record of a batch on {@code verbatim.index.dlq} with the same headers as the connector's
 * dead-letter strategy (the strategy itself would park the whole batch). Returns once Kafka has the letter,
 * so the batch's offsets are committed only after it.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final long TIMEOUT_SECONDS = 30;
    private final Emitter<byte[]> emitter;

    public DeadLetterPublisher(@Channel("index-dlq") Emitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    public void park(ConsumerRecord<String, byte[]> record, String reason, Throwable cause) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        header(headers, DeadLetterHeaders.REASON, reason);
        if (cause != null) {
            header(headers, DeadLetterHeaders.CAUSE, String.valueOf(cause.getMessage()));
            header(headers, DeadLetterHeaders.CAUSE_CLASS, cause.getClass().getName());
        }
        header(headers, DeadLetterHeaders.TOPIC, Topics.PARSED);
        header(headers, DeadLetterHeaders.PARTITION, String.valueOf(record.partition()));
        header(headers, DeadLetterHeaders.OFFSET, String.valueOf(record.offset()));
        CompletableFuture<Void> written = new CompletableFuture<>();
        emitter.send(Message.of(record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build())
                .withAck(() -> {
                    written.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    written.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        written.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
