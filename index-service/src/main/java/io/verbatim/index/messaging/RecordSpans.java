package io.verbatim.index.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.verbatim.contracts.TraceAttributes;
import io.verbatim.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A span for each record of a batch, continuing the trace its Kafka headers carry (the connector traces a batch as a
 * whole, so a record's own trace would end at parse-service without this).
 */
@ApplicationScoped
public class RecordSpans {

    private static final TextMapGetter<ConsumerRecord<String, byte[]>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, byte[]> record) {
            List<String> keys = new ArrayList<>();
            record.headers().forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(ConsumerRecord<String, byte[]> record, String key) {
            if (record == null) {
                return null;
            }
            Header header = record.headers().lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final OpenTelemetry openTelemetry;

    public RecordSpans(OpenTelemetry openTelemetry) {
        this.openTelemetry = openTelemetry;
    }

    /** Started; the caller ends it once the record is written and reported. */
    public Span indexing(ConsumerRecord<String, byte[]> record) {
        Context parent = openTelemetry.getPropagators().getTextMapPropagator().extract(Context.root(), record, HEADERS);
        return openTelemetry.getTracer("io.verbatim.index").spanBuilder("index " + Topics.PARSED)
                .setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute(TraceAttributes.RECORD_ID, record.key() == null ? "" : record.key())
                .startSpan();
    }
}
