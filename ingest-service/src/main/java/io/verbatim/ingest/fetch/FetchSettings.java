package io.verbatim.ingest.fetch;

import java.time.Duration;
import java.util.Optional;

/**
 * How politely and how patiently {@link PoliteFetcher} fetches.
 *
 * @param userAgent         sent with every request and matched against robots.txt groups
 * @param minDelay          least time between two requests to one host; empty takes the host's robots.txt
 *                          {@code Crawl-delay}, else {@code defaultDelay}
 * @param defaultDelay      the delay for a host that names none
 * @param honourRobots      whether robots.txt is read at all ({@code Crawl-delay}, {@code Disallow})
 * @param maxInFlightPerHost requests to one host at the same time
 * @param maxAttempts       attempts of one request before its failure is reported (1 means no retry)
 * @param initialBackoff    wait before the first retry; doubles each time, with full jitter, up to maxBackoff
 * @param maxBodyBytes      a larger body is refused without being read whole
 */
public record FetchSettings(String userAgent, Optional<Duration> minDelay, Duration defaultDelay, boolean honourRobots,
                            int maxInFlightPerHost, Duration connectTimeout, Duration requestTimeout, int maxAttempts,
                            Duration initialBackoff, Duration maxBackoff, long maxBodyBytes) {

    public static final String DEFAULT_USER_AGENT = "Verbatim-harvester/0.1 (+https://github.com/verbatim)";

    public FetchSettings {
        if (maxInFlightPerHost < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxInFlightPerHost and maxAttempts must be at least 1");
        }
    }

    /** Polite defaults for a real archive: robots.txt honoured, one second apart, two in flight. */
    public static FetchSettings polite() {
        return new FetchSettings(DEFAULT_USER_AGENT, Optional.empty(), Duration.ofSeconds(1), true, 2,
                Duration.ofSeconds(10), Duration.ofSeconds(60), 5, Duration.ofSeconds(1), Duration.ofMinutes(5), 1L << 30);
    }

    public FetchSettings withMinDelay(Duration delay) {
        return new FetchSettings(userAgent, Optional.of(delay), defaultDelay, honourRobots, maxInFlightPerHost,
                connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, maxBodyBytes);
    }

    public FetchSettings withBackoff(int attempts, Duration initial, Duration max) {
        return new FetchSettings(userAgent, minDelay, defaultDelay, honourRobots, maxInFlightPerHost,
                connectTimeout, requestTimeout, attempts, initial, max, maxBodyBytes);
    }

    public FetchSettings withMaxBodyBytes(long bytes) {
        return new FetchSettings(userAgent, minDelay, defaultDelay, honourRobots, maxInFlightPerHost,
                connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, bytes);
    }

    public FetchSettings withUserAgent(String agent) {
        return new FetchSettings(agent, minDelay, defaultDelay, honourRobots, maxInFlightPerHost,
                connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, maxBodyBytes);
    }

    public FetchSettings withRobots(boolean honour) {
        return new FetchSettings(userAgent, minDelay, defaultDelay, honour, maxInFlightPerHost,
                connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, maxBodyBytes);
    }

    public FetchSettings withMaxInFlightPerHost(int requests) {
        return new FetchSettings(userAgent, minDelay, defaultDelay, honourRobots, requests,
                connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, maxBodyBytes);
    }
}
