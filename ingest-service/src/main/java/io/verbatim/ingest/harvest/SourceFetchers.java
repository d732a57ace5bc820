package io.verbatim.ingest.harvest;

import io.verbatim.ingest.config.IngestConfig;
import io.verbatim.ingest.fetch.FetchSettings;
import io.verbatim.ingest.fetch.PoliteFetcher;
import io.verbatim.ingest.source.DurationText;
import io.verbatim.ingest.source.SourceDefinition;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link PoliteFetcher} per source, set from its settings ({@code delay}, {@code robots},
 * {@code max-in-flight}, {@code attempts}); a source whose settings change gets a new one.
 */
@ApplicationScoped
public class SourceFetchers {

    private record Built(Map<String, String> settings, PoliteFetcher fetcher) {
    }

    private final Map<String, Built> bySource = new ConcurrentHashMap<>();
    private final IngestConfig config;

    public SourceFetchers(IngestConfig config) {
        this.config = config;
    }

    public PoliteFetcher forSource(SourceDefinition source) {
        Built built = bySource.compute(source.id(), (id, current) -> {
            if (current != null && current.settings().equals(source.settings())) {
                return current;
            }
            if (current != null) {
                current.fetcher().close();
            }
            return new Built(source.settings(), new PoliteFetcher(settingsOf(source)));
        });
        return built.fetcher();
    }

    public void forget(String sourceId) {
        Built built = bySource.remove(sourceId);
        if (built != null) {
            built.fetcher().close();
        }
    }

    FetchSettings settingsOf(SourceDefinition source) {
        FetchSettings settings = FetchSettings.polite()
                .withUserAgent(config.harvest().userAgent())
                .withMaxBodyBytes(config.maxFileBytes())
                .withRobots(source.optionalSetting("robots").map(Boolean::parseBoolean).orElse(true));
        if (source.optionalSetting("delay").isPresent()) {
            settings = settings.withMinDelay(DurationText.parse(source.setting("delay"), "delay"));
        }
        if (source.optionalSetting("max-in-flight").isPresent()) {
            settings = settings.withMaxInFlightPerHost(Integer.parseInt(source.setting("max-in-flight")));
        }
        int attempts = source.optionalSetting("attempts").map(Integer::parseInt).orElse(settings.maxAttempts());
        return settings.withBackoff(attempts, settings.initialBackoff(), settings.maxBackoff());
    }

    @PreDestroy
    void close() {
        bySource.values().forEach(built -> built.fetcher().close());
        bySource.clear();
    }
}
