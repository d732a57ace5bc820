package io.verbatim.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryDelaysTests {

    private final RetryDelays delays = new RetryDelays(Duration.ofSeconds(1), Duration.ofSeconds(30), new Random(7));

    @Test
    void backoffDoublesWithJitterUpToTheCeiling() {
        for (int failures = 1; failures <= 10; failures++) {
            long ceiling = Math.min(1000L << (failures - 1), 30_000);
            assertThat(delays.backoff(failures).toMillis()).as("after %d failures", failures).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    void aLongerRetryAfterWinsAndAShorterOneDoesNotShortenTheBackoff() {
        assertThat(delays.after(1, Optional.of(Duration.ofSeconds(120)))).isEqualTo(Duration.ofSeconds(120));
        assertThat(delays.after(5, Optional.of(Duration.ofMillis(1))).toMillis()).isGreaterThanOrEqualTo(8000);
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-12-02T12:00:00Z");

        assertThat(RetryDelays.parse("30", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryDelays.parse("Wed, 02 Dec 2026 12:01:00 GMT", now)).contains(Duration.ofMinutes(1));
        assertThat(RetryDelays.parse("Wed, 02 Dec 2026 11:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryDelays.parse("later", now)).isEmpty();
    }
}
