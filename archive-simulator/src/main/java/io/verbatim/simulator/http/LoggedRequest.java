package io.verbatim.simulator.http;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request the server answered.
 *
 * @param receivedAt    by the simulator's clock, the one datestamps come from
 * @param sinceStart    by the machine's monotonic clock since the server started, to measure real
 *                      intervals (a Retry-After window) even when a test fixes the simulator's clock
 * @param target        path and query as sent, e.g. {@code /oai2d?verb=ListRecords&metadataPrefix=marcxml}
 */
public record LoggedRequest(Instant receivedAt, Duration sinceStart, String method, String target, int status,
        Map<String, List<String>> responseHeaders) {

    public LoggedRequest {
        responseHeaders = Map.copyOf(responseHeaders);
    }

    public String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }
}
