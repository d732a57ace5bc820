package io.verbatim.ingest.store;

import io.verbatim.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Remembers which content has been published, by SHA-256, once Kafka has acknowledged its event. A blob
 * stored but not yet in the ledger is published again, so a crash between the two loses nothing.
 */
@ApplicationScoped
public class IngestLedger {

    private final Path root;

    public IngestLedger(IngestConfig config) {
        this.root = config.dataDir().resolve("ingest-ledger");
    }

    /** The recordId under which this content was published, if it was. */
    public Optional<String> publishedRecordId(String sha256) throws IOException {
        Path entry = entryOf(sha256);
        return Files.exists(entry) ? Optional.of(Files.readString(entry, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }

    public void markPublished(String sha256, String recordId) throws IOException {
        Path entry = entryOf(sha256);
        Files.createDirectories(entry.getParent());
        Path temporary = Files.createTempFile(entry.getParent(), sha256, ".part");
        Files.writeString(temporary, recordId, StandardCharsets.UTF_8);
        Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path entryOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
