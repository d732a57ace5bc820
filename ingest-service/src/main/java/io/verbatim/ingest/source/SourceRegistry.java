package io.verbatim.ingest.source;

import io.quarkus.runtime.Startup;
import io.verbatim.contracts.Topics;
import io.verbatim.ingest.store.CompactedTopic;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The harvest sources, kept in the compacted topic {@link Topics#SOURCES} so that they survive a restart and
 * every ingest-service instance sees the same ones; and where each source's harvest stands, in
 * {@link Topics#HARVEST_CHECKPOINTS}.
 */
@ApplicationScoped
@Startup
public class SourceRegistry {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    private final CompactedTopic<SourceDefinition> sources;
    private final CompactedTopic<HarvestCheckpoint> checkpoints;

    public SourceRegistry(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.sources = new CompactedTopic<>(bootstrapServers, Topics.spec(Topics.SOURCES), SourceDefinition.class).start();
        this.checkpoints = new CompactedTopic<>(bootstrapServers, Topics.spec(Topics.HARVEST_CHECKPOINTS), HarvestCheckpoint.class).start();
    }

    public Collection<SourceDefinition> all() throws IOException {
        awaitLoaded();
        return sources.snapshot().values();
    }

    public Optional<SourceDefinition> find(String id) throws IOException {
        awaitLoaded();
        return sources.get(id);
    }

    public void save(SourceDefinition source) throws IOException {
        awaitLoaded();
        sources.put(source.id(), source);
    }

    /** Removes the source and its checkpoint; what it harvested stays searchable. */
    public void remove(String id) throws IOException {
        awaitLoaded();
        sources.remove(id);
        checkpoints.remove(id);
    }

    public HarvestCheckpoint checkpoint(String id) throws IOException {
        awaitLoaded();
        return checkpoints.get(id).orElseGet(() -> HarvestCheckpoint.first(id));
    }

    public void saveCheckpoint(HarvestCheckpoint checkpoint) throws IOException {
        checkpoints.put(checkpoint.sourceId(), checkpoint);
    }

    public boolean isLoaded() {
        return sources.isLoaded() && checkpoints.isLoaded();
    }

    private void awaitLoaded() throws IOException {
        sources.awaitLoaded(LOAD_TIMEOUT);
        checkpoints.awaitLoaded(LOAD_TIMEOUT);
    }

    @PreDestroy
    void close() {
        sources.close();
        checkpoints.close();
    }
}
