package io.verbatim.gateway.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A generous limit per client (by address) on the API: a bucket of {@code verbatim.rate-limit.burst} requests,
 * refilled at {@code verbatim.rate-limit.per-second}. Past it, a 429 with {@code Retry-After} in seconds, so a
 * runaway script slows down instead of starving everyone else. Health, metrics and the UI's files are not
 * counted; 0 requests per second turns the limit off.
 */
@ApplicationScoped
public class ClientRateLimit {

    private static final int MAX_CLIENTS = 100_000;
    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ClientRateLimit(@ConfigProperty(name = "verbatim.rate-limit.per-second", defaultValue = "50") double perSecond,
            @ConfigProperty(name = "verbatim.rate-limit.burst", defaultValue = "200") double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }
    }

    @ServerRequestFilter
    public Optional<Response> limit(HttpServerRequest request) {
        if (perSecond <= 0 || !request.path().startsWith("/api/")) {
            return Optional.empty();
        }
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        long now = System.nanoTime();
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(burst, now));
        double wait;
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.refilledAt) / 1e9 * perSecond);
            bucket.refilledAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Optional.empty();
            }
            wait = (1 - bucket.tokens) / perSecond;
        }
        long retryAfter = Math.max(1, (long) Math.ceil(wait));
        return Optional.of(Response.status(429).header("Retry-After", retryAfter)
                .entity(Map.of("error", "too many requests from " + client + "; try again in " + retryAfter + " s"))
                .type("application/json").build());
    }
}
