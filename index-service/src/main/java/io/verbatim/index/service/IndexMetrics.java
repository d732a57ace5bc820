package io.verbatim.index.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.verbatim.contracts.ParsedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The index stage's figures: {@code verbatim_records_total{stage="index",outcome,source}}, the latency of each bulk
 * request, and freshness: how long a record took to be written to the index from its arrival ({@code from="arrival"},
 * when ingest-service fetched it) and from its publication at the source ({@code from="publication"}, when the
 * source says it published it). The index makes a write searchable within its refresh interval (1 s) after that.
 */
@ApplicationScoped
public class IndexMetrics {

    /** The source of a parsed event that could not even be read. */
    public static final String UNKNOWN_SOURCE = "unknown";
    private static final Duration LONGEST_FRESHNESS = Duration.ofDays(1);

    private final MeterRegistry registry;
    private final Timer bulkLatency;
    private final Timer sinceArrival;
    private final Timer sincePublication;

    public IndexMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.bulkLatency = Timer.builder("verbatim.index.bulk").description("time Elasticsearch took to answer a bulk request")
                .publishPercentileHistogram().register(registry);
        this.sinceArrival = freshness(registry, "arrival");
        this.sincePublication = freshness(registry, "publication");
    }

    public void bulk(Duration took) {
        bulkLatency.record(took);
    }

    /** What a write did to one record; an indexed record adds its freshness. */
    public void written(ParsedEvent event, IndexOutcome outcome, Instant now) {
        count(event.sourceId(), outcome.name().toLowerCase(Locale.ROOT));
        if (outcome == IndexOutcome.INDEXED) {
            sinceArrival.record(Duration.between(event.fetchedAt(), now));
            if (event.publishedAt() != null) {
                sincePublication.record(Duration.between(event.publishedAt(), now));
            }
        }
    }

    /** A record that could not be read, so never reached Elasticsearch; parked. */
    public void unreadable() {
        count(UNKNOWN_SOURCE, "failed");
    }

    private void count(String source, String outcome) {
        Counter.builder("verbatim.records").description("records through a stage, by outcome and source")
                .tags("stage", "index", "outcome", outcome, "source", source == null ? UNKNOWN_SOURCE : source)
                .register(registry).increment();
    }

    private static Timer freshness(MeterRegistry registry, String from) {
        return Timer.builder("verbatim.freshness").description("time from a record's arrival or publication to its write to the index")
                .tag("from", from)
                .serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30))
                .publishPercentileHistogram().maximumExpectedValue(LONGEST_FRESHNESS).register(registry);
    }
}
