package io.verbatim.ingest.harvest;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSS {@code pubDate}s. RFC 822 allows what RFC 1123 does not: two-digit years and the North American
 * zone names, both still seen in feeds; they are rewritten into RFC 1123 before parsing.
 */
final class Rfc822Dates {

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));
    private static final Pattern NAMED_ZONE = Pattern.compile("\\s([A-Z]{1,3})$");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("^((?:[A-Za-z]{3},\\s*)?\\d{1,2}\\s+[A-Za-z]{3}\\s+)(\\d{2})(\\s)");

    private Rfc822Dates() {
    }

    /** The instant, or null when the text is not an RFC 822 date. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String date = text.strip().replaceAll("\\s+", " ");
        Matcher zone = NAMED_ZONE.matcher(date);
        if (zone.find() && ZONES.containsKey(zone.group(1))) {
            date = date.substring(0, zone.start()) + " " + ZONES.get(zone.group(1));
        }
        date = TWO_DIGIT_YEAR.matcher(date).replaceFirst("$120$2$3");
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
