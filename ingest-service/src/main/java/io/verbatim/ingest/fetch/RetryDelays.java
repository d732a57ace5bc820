package io.verbatim.ingest.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How long to wait before attempt n+1: exponential backoff with full jitter ("AWS backoff"), never shorter
 * than what the server named in {@code Retry-After} (seconds, or an HTTP date).
 */
final class RetryDelays {

    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;

    RetryDelays(Duration initial, Duration max, RandomGenerator random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** After the {@code failedAttempts}-th failure (1 after the first). */
    Duration backoff(int failedAttempts) {
        long ceiling = initial.toMillis() << Math.min(failedAttempts - 1, 20);
        long capped = Math.min(Math.max(ceiling, 1), max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + random.nextLong(capped - half + 1));
    }

    /** The later of our backoff and the server's Retry-After. */
    Duration after(int failedAttempts, Optional<Duration> retryAfter) {
        Duration ours = backoff(failedAttempts);
        return retryAfter.filter(theirs -> theirs.compareTo(ours) > 0).orElse(ours);
    }

    static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        return headers.firstValue("Retry-After").map(String::strip).flatMap(value -> parse(value, now));
    }

    static Optional<Duration> parse(String value, Instant now) {
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration left = Duration.between(now, at);
            return Optional.of(left.isNegative() ? Duration.ZERO : left);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
