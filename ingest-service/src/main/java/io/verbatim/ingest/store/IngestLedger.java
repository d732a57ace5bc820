package io.verbatim.ingest.store;

import io.quarkus.runtime.Startup;
import io.verbatim.contracts.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers which content has been published, by SHA-256, once Kafka has acknowledged its event. A blob
 * stored but not yet in the ledger is published again, so a crash between the two loses nothing. The ledger
 * is the compacted topic {@link Topics#INGEST_LEDGER}, so a restarted or a second instance knows it too.
 */
@ApplicationScoped
@Startup
public class IngestLedger {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final CompactedTopic<Entry> entries;

    /** The recordId a content was published under. */
    public record Entry(String recordId) {
    }

    public IngestLedger(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entries = new CompactedTopic<>(bootstrapServers, Topics.spec(Topics.INGEST_LEDGER), Entry.class).start();
    }

    /** The recordId under which this content was published, if it was. */
    public Optional<String> publishedRecordId(String sha256) throws IOException {
        entries.awaitLoaded(LOAD_TIMEOUT);
        return entries.get(sha256).map(Entry::recordId);
    }

    public void markPublished(String sha256, String recordId) throws IOException {
        entries.put(sha256, new Entry(recordId));
        if (entries.get(withdrawalKey(recordId)).isPresent()) {
            entries.remove(withdrawalKey(recordId));
        }
    }

    /**
     * Whether the record's withdrawal was already passed on (and no content of it published since): an OAI
     * list read again from one granule before its checkpoint shows the same deleted header again.
     */
    public boolean isWithdrawn(String recordId) throws IOException {
        entries.awaitLoaded(LOAD_TIMEOUT);
        return entries.get(withdrawalKey(recordId)).isPresent();
    }

    public void markWithdrawn(String recordId) throws IOException {
        entries.put(withdrawalKey(recordId), new Entry(recordId));
    }

    private static String withdrawalKey(String recordId) {
        return "withdrawn/" + recordId;
    }

    public boolean isLoaded() {
        return entries.isLoaded();
    }

    @PreDestroy
    void close() {
        entries.close();
    }
}
