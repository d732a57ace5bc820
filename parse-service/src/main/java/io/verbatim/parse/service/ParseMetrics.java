package io.verbatim.parse.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The parse stage's figures: {@code verbatim_records_total{stage="parse",outcome,source}} counts records parsed,
 * withdrawals passed on and records dead-lettered; {@code verbatim_parse_seconds} times each parse.
 */
@ApplicationScoped
public class ParseMetrics {

    /** The source of an event that could not even be read. */
    public static final String UNKNOWN_SOURCE = "unknown";

    private final MeterRegistry registry;
    private final Timer parseTime;

    public ParseMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.parseTime = Timer.builder("verbatim.parse").description("time to read one record into structure")
                .publishPercentileHistogram().register(registry);
    }

    public void parsed(String source, Duration took) {
        count(source, "parsed");
        parseTime.record(took);
    }

    public void withdrawn(String source) {
        count(source, "withdrawn");
    }

    public void failed(String source) {
        count(source, "failed");
    }

    private void count(String source, String outcome) {
        Counter.builder("verbatim.records").description("records through a stage, by outcome and source")
                .tags("stage", "parse", "outcome", outcome, "source", source == null ? UNKNOWN_SOURCE : source)
                .register(registry).increment();
    }
}
