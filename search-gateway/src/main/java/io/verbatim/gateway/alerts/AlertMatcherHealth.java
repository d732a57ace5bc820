package io.verbatim.gateway.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says whether alerts are being matched: the matcher's consumer holds partitions of {@code verbatim.indexed}.
 * Reported, not required: search answers without Kafka, so the gateway stays ready while Kafka is away.
 */
@Readiness
@ApplicationScoped
public class AlertMatcherHealth implements HealthCheck {

    private final AlertMatcher matcher;

    public AlertMatcherHealth(AlertMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("alerts").up()
                .withData("enabled", matcher.isEnabled())
                .withData("following verbatim.indexed", matcher.isFollowing())
                .build();
    }
}
