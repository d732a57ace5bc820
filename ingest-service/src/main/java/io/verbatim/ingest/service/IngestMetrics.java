package io.verbatim.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The ingest stage's figures, {@code verbatim_records_total{stage="ingest",outcome,source}}: records published,
 * duplicates of content published before, records rejected (empty, too large) and withdrawals passed on.
 */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void published(String source) {
        count(source, "published");
    }

    void duplicate(String source) {
        count(source, "duplicate");
    }

    void rejected(String source) {
        count(source, "rejected");
    }

    void withdrawn(String source) {
        count(source, "withdrawn");
    }

    private void count(String source, String outcome) {
        Counter.builder("verbatim.records").description("records through a stage, by outcome and source")
                .tags("stage", "ingest", "outcome", outcome, "source", source).register(registry).increment();
    }
}
