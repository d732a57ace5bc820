package io.verbatim.ingest.service;

import io.verbatim.ingest.harvest.SourceFetchers;
import io.verbatim.ingest.source.InvalidSourceException;
import io.verbatim.ingest.source.SourceDefinition;
import io.verbatim.ingest.source.SourceOwnership;
import io.verbatim.ingest.source.SourceRegistry;
import io.verbatim.ingest.source.SourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the admin API does with sources: define, list, pause, resume, harvest now, remove. */
@ApplicationScoped
public class SourceAdministration {

    private final SourceRegistry registry;
    private final SourceOwnership ownership;
    private final HarvestScheduler scheduler;
    private final SourceFetchers fetchers;

    public SourceAdministration(SourceRegistry registry, SourceOwnership ownership, HarvestScheduler scheduler, SourceFetchers fetchers) {
        this.registry = registry;
        this.ownership = ownership;
        this.scheduler = scheduler;
        this.fetchers = fetchers;
    }

    /** Defines a new source; an id in use is refused, so that a typo never rewrites another source. */
    public SourceStatus add(SourceDefinition definition) throws IOException {
        if (registry.find(definition.id()).isPresent()) {
            throw new SourceConflictException("a source " + definition.id() + " exists; remove it first, or pick another id");
        }
        SourceDefinition source = new SourceDefinition(definition.id(), definition.type(), definition.every(), definition.settings(),
                definition.paused(), Instant.now(), null);
        registry.save(source);
        return status(source);
    }

    public List<SourceStatus> list() throws IOException {
        List<SourceStatus> statuses = new java.util.ArrayList<>();
        for (SourceDefinition source : registry.all()) {
            statuses.add(status(source));
        }
        return statuses;
    }

    public Optional<SourceStatus> show(String id) throws IOException {
        Optional<SourceDefinition> source = registry.find(id);
        return source.isEmpty() ? Optional.empty() : Optional.of(status(source.get()));
    }

    public SourceStatus pause(String id, boolean paused) throws IOException {
        SourceDefinition source = existing(id).paused(paused);
        registry.save(source);
        return status(source);
    }

    /** Asks for a harvest now; the instance that harvests the source runs it within a second. */
    public SourceStatus harvestNow(String id) throws IOException {
        SourceDefinition source = existing(id);
        if (source.paused()) {
            throw new SourceConflictException("source " + id + " is paused; resume it first");
        }
        SourceDefinition requested = source.harvestRequested(Instant.now());
        registry.save(requested);
        return status(requested);
    }

    public void remove(String id) throws IOException {
        existing(id);
        registry.remove(id);
        fetchers.forget(id);
    }

    private SourceDefinition existing(String id) throws IOException {
        return registry.find(id).orElseThrow(() -> new UnknownSourceException("no source " + id));
    }

    private SourceStatus status(SourceDefinition source) throws IOException {
        return SourceStatus.of(source, registry.checkpoint(source.id()), ownership.owns(source.id()),
                scheduler.isHarvesting(source.id()), scheduler.nextRun(source.id()).orElse(null));
    }

    /** The request names a source that does not exist. */
    public static class UnknownSourceException extends InvalidSourceException {
        public UnknownSourceException(String message) {
            super(message);
        }
    }

    /** The request clashes with the source as it is. */
    public static class SourceConflictException extends InvalidSourceException {
        public SourceConflictException(String message) {
            super(message);
        }
    }
}
