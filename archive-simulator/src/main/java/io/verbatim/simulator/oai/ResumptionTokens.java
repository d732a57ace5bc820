package io.verbatim.simulator.oai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resumption tokens handed out, in the Invenio manner: {@code <set>___<suffix>}, each valid until it
 * expires. A token can be used again until then, so a harvester may retry a page that failed.
 */
final class ResumptionTokens {

    /** Where the next page starts: after this recid, with this many records already sent. */
    record Position(ListQuery query, long afterRecid, int cursor, Instant expires) {
    }

    private final Clock clock;
    private final Duration lifetime;
    private final Map<String, Position> issued = new ConcurrentHashMap<>();
    private final AtomicLong issuedCount = new AtomicLong();

    ResumptionTokens(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    String issue(ListQuery query, long afterRecid, int cursor) {
        Instant now = clock.instant();
        issued.values().removeIf(p -> !p.expires().isAfter(now));
        String token = (query.set() == null ? "" : query.set()) + "___" + Long.toString(1_000_000_000L + issuedCount.incrementAndGet(), 36);
        issued.put(token, new Position(query, afterRecid, cursor, now.plus(lifetime)));
        return token;
    }

    Optional<Position> resolve(String token) {
        Position position = issued.get(token);
        return position == null || !position.expires().isAfter(clock.instant()) ? Optional.empty() : Optional.of(position);
    }

    Instant expiry(String token) {
        return issued.get(token).expires();
    }

    /** Every token issued so far answers badResumptionToken from now on. */
    void expireAll() {
        issued.clear();
    }
}
