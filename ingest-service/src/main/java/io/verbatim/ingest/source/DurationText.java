package io.verbatim.ingest.source;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as operators write them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}, or ISO-8601 ({@code PT5M}). */
public final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    private DurationText() {
    }

    public static Duration parse(String text, String what) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(value);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new InvalidSourceException(what + " must be a duration such as 500ms, 30s, 5m or 1h, not '" + text + "'");
        }
    }
}
