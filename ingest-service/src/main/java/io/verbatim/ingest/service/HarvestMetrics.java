package io.verbatim.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.verbatim.ingest.source.HarvestCheckpoint;
import io.verbatim.ingest.source.SourceState;
import io.verbatim.ingest.source.SourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The harvest figures of {@code source list} as Prometheus gauges, per source: records seen and published,
 * failed harvests, seconds since the last success, and the state (1 for the state it is in).
 */
@ApplicationScoped
public class HarvestMetrics {

    private final MultiGauge seen;
    private final MultiGauge published;
    private final MultiGauge errors;
    private final MultiGauge sinceSuccess;
    private final MultiGauge state;

    public HarvestMetrics(MeterRegistry registry) {
        this.seen = MultiGauge.builder("verbatim.harvest.records.seen").description("records a source listed").register(registry);
        this.published = MultiGauge.builder("verbatim.harvest.records.published")
                .description("records a source sent down the pipeline").register(registry);
        this.errors = MultiGauge.builder("verbatim.harvest.errors").description("failed harvests of a source").register(registry);
        this.sinceSuccess = MultiGauge.builder("verbatim.harvest.seconds.since.success")
                .description("seconds since the source's last successful harvest").register(registry);
        this.state = MultiGauge.builder("verbatim.harvest.state").description("1 for the state the source is in").register(registry);
    }

    void update(List<SourceStatus> sources) {
        List<MultiGauge.Row<?>> seenRows = new ArrayList<>();
        List<MultiGauge.Row<?>> publishedRows = new ArrayList<>();
        List<MultiGauge.Row<?>> errorRows = new ArrayList<>();
        List<MultiGauge.Row<?>> successRows = new ArrayList<>();
        List<MultiGauge.Row<?>> stateRows = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (SourceStatus source : sources) {
            Tags tags = Tags.of("source", source.id(), "type", source.type().protocolName());
            seenRows.add(MultiGauge.Row.of(tags, source.recordsSeen()));
            publishedRows.add(MultiGauge.Row.of(tags, source.recordsPublished()));
            errorRows.add(MultiGauge.Row.of(tags, source.errors()));
            if (source.lastSuccess() != null) {
                successRows.add(MultiGauge.Row.of(tags, (now - source.lastSuccess().toEpochMilli()) / 1000.0));
            }
            for (SourceState candidate : SourceState.values()) {
                stateRows.add(MultiGauge.Row.of(tags.and("state", candidate.label()), candidate == source.state() ? 1 : 0));
            }
        }
        seen.register(seenRows, true);
        published.register(publishedRows, true);
        errors.register(errorRows, true);
        sinceSuccess.register(successRows, true);
        state.register(stateRows, true);
    }
}
