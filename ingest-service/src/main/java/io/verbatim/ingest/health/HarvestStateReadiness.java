package io.verbatim.ingest.health;

import io.verbatim.ingest.source.SourceRegistry;
import io.verbatim.ingest.store.IngestLedger;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the sources, the checkpoints and the dedupe ledger have been read from Kafka: before that an
 * upload could not be deduplicated and no source could be harvested.
 */
@Readiness
@ApplicationScoped
public class HarvestStateReadiness implements HealthCheck {

    private final SourceRegistry sources;
    private final IngestLedger ledger;

    public HarvestStateReadiness(SourceRegistry sources, IngestLedger ledger) {
        this.sources = sources;
        this.ledger = ledger;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("harvest state read from Kafka")
                .status(sources.isLoaded() && ledger.isLoaded())
                .withData("sources and checkpoints", sources.isLoaded())
                .withData("dedupe ledger", ledger.isLoaded())
                .build();
    }
}
