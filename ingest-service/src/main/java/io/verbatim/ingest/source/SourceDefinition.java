package io.verbatim.ingest.source;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One harvest source as an operator defined it.
 *
 * @param id       chosen by the operator; part of every record id it yields, so it never changes
 * @param every    how long between two harvests
 * @param settings the type's own settings ({@link SourceType#requiredSettings()} and optional ones such as
 *                 {@code metadata-prefix}, {@code set}, {@code from}, {@code languages}, {@code delay})
 * @param paused   a paused source is kept but not harvested
 * @param harvestRequestedAt when an operator asked for a harvest now; the instance that harvests the source
 *                 runs one unless it has started one since
 */
public record SourceDefinition(String id, SourceType type, Duration every, Map<String, String> settings, boolean paused,
                               Instant createdAt, Instant harvestRequestedAt) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);

    public SourceDefinition {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidSourceException("a source id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit; not '"
                    + id + "'");
        }
        if (type == null) {
            throw new InvalidSourceException("source " + id + " needs a type");
        }
        every = every == null ? DEFAULT_INTERVAL : every;
        if (every.compareTo(SHORTEST_INTERVAL) < 0) {
            throw new InvalidSourceException("source " + id + ": every must be at least 1s, not " + every);
        }
        settings = settings == null ? Map.of() : Map.copyOf(new TreeMap<>(settings));
        for (String required : type.requiredSettings()) {
            if (settings.getOrDefault(required, "").isBlank()) {
                throw new InvalidSourceException("a " + type.protocolName() + " source needs " + required + " (source " + id + ")");
            }
        }
    }

    public String setting(String name) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidSourceException("source " + id + " has no " + name);
        }
        return value;
    }

    public Optional<String> optionalSetting(String name) {
        return Optional.ofNullable(settings.get(name)).filter(v -> !v.isBlank());
    }

    public SourceDefinition paused(boolean paused) {
        return new SourceDefinition(id, type, every, settings, paused, createdAt, harvestRequestedAt);
    }

    public SourceDefinition harvestRequested(Instant at) {
        return new SourceDefinition(id, type, every, settings, paused, createdAt, at);
    }
}
