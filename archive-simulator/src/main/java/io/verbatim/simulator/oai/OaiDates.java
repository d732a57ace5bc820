package io.verbatim.simulator.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** OAI-PMH UTC datestamps at the granularity of seconds; {@code from} and {@code until} may also be days. */
final class OaiDates {

    static final String GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private OaiDates() {
    }

    static String format(Instant instant) {
        return SECONDS.format(instant);
    }

    static boolean isDay(String value) {
        return value.length() == 10;
    }

    /** The first second the bound admits: a day's midnight, or the given second. */
    static Instant from(String value) throws OaiError {
        return isDay(value) ? day(value).atStartOfDay().toInstant(ZoneOffset.UTC) : seconds(value);
    }

    /** The last second the bound admits: inclusive, so a day runs to 23:59:59. */
    static Instant until(String value) throws OaiError {
        return isDay(value) ? day(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1) : seconds(value);
    }

    private static LocalDate day(String value) throws OaiError {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw OaiError.badArgument("'" + value + "' is not a date of the form YYYY-MM-DD or " + GRANULARITY);
        }
    }

    private static Instant seconds(String value) throws OaiError {
        if (value.length() != 20) {
            throw OaiError.badArgument("'" + value + "' is not a date of the form YYYY-MM-DD or " + GRANULARITY);
        }
        try {
            return Instant.parse(value).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            throw OaiError.badArgument("'" + value + "' is not a date of the form YYYY-MM-DD or " + GRANULARITY);
        }
    }
}
