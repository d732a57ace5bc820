package io.verbatim.ingest.harvest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The precision of a repository's datestamps, as its Identify response declares it. */
public enum Granularity {
    DAY("YYYY-MM-DD", Duration.ofDays(1)),
    SECOND("YYYY-MM-DDThh:mm:ssZ", Duration.ofSeconds(1));

    private final String protocolName;
    private final Duration granule;

    Granularity(String protocolName, Duration granule) {
        this.protocolName = protocolName;
        this.granule = granule;
    }

    public static Granularity fromProtocol(String value) {
        for (Granularity g : values()) {
            if (g.protocolName.equals(value)) {
                return g;
            }
        }
        throw new MalformedResponseException("unknown OAI-PMH granularity '" + value + "'; expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ");
    }

    public String protocolName() {
        return protocolName;
    }

    /** The smallest step a {@code from} or {@code until} can take at this granularity. */
    public Duration granule() {
        return granule;
    }

    public Instant truncate(Instant instant) {
        return instant.truncatedTo(this == DAY ? ChronoUnit.DAYS : ChronoUnit.SECONDS);
    }

    /** The instant as a {@code from}/{@code until} argument at this granularity (UTC). */
    public String format(Instant instant) {
        Instant truncated = truncate(instant);
        return this == DAY ? LocalDate.ofInstant(truncated, ZoneOffset.UTC).toString() : truncated.toString();
    }

    /** Reads a datestamp in either protocol form; a day means its first second, UTC. */
    public static Instant parseDatestamp(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedResponseException("datestamp '" + value + "' is neither YYYY-MM-DD nor YYYY-MM-DDThh:mm:ssZ", e);
        }
    }
}
