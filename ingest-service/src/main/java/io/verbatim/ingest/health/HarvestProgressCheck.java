package io.verbatim.ingest.health;

import io.verbatim.ingest.service.HarvestScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says when a harvest is stuck: one that has not moved its checkpoint for {@link HarvestScheduler#STUCK_AFTER}
 * (a hung connection, a host that never answers). Reported on readiness with the source named, so that an
 * operator sees it, and without taking the instance out of service, since the other sources go on.
 */
@Readiness
@ApplicationScoped
public class HarvestProgressCheck implements HealthCheck {

    private final HarvestScheduler scheduler;

    public HarvestProgressCheck(HarvestScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Duration> stuck = scheduler.stuckHarvests();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("harvests moving").up();
        stuck.forEach((source, since) -> response.withData(source, "no progress for " + since.toSeconds() + " s"));
        return response.build();
    }
}
