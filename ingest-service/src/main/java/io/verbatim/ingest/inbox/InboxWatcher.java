package io.verbatim.ingest.inbox;

import io.quarkus.scheduler.Scheduled;
import io.verbatim.ingest.config.IngestConfig;
import io.verbatim.ingest.service.IncomingRecord;
import io.verbatim.ingest.service.RecordIngestor;
import io.verbatim.ingest.service.RejectedRecordException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Watches the drop folder: each file that has settled is ingested, then moved to {@code processed/}; a file
 * that cannot be taken goes to {@code rejected/} beside a {@code .reason.txt} saying why. A file whose
 * event could not be published stays where it is and is tried again on the next scan.
 */
@ApplicationScoped
public class InboxWatcher {

    static final String SOURCE_ID = "inbox";
    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);

    private final RecordIngestor ingestor;
    private final IngestConfig config;
    private final Path inbox;

    public InboxWatcher(RecordIngestor ingestor, IngestConfig config) {
        this.ingestor = ingestor;
        this.config = config;
        this.inbox = config.dataDir().resolve("inbox");
    }

    @Scheduled(every = "${verbatim.inbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() throws IOException {
        if (!config.inbox().enabled()) {
            return;
        }
        Files.createDirectories(inbox);
        for (Path file : settledFiles()) {
            take(file);
        }
    }

    private List<Path> settledFiles() throws IOException {
        Instant settledBefore = Instant.now().minus(config.inbox().settleTime());
        try (Stream<Path> entries = Files.list(inbox)) {
            return entries.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> lastModified(file).isBefore(settledBefore))
                    .sorted()
                    .toList();
        }
    }

    private void take(Path file) {
        String name = file.getFileName().toString();
        var incoming = new IncomingRecord(SOURCE_ID, name, name, null, null);
        try (InputStream content = Files.newInputStream(file)) {
            ingestor.ingest(incoming, content);
            moveTo("processed", file);
        } catch (RejectedRecordException e) {
            LOG.warnf("%s; moved to %s", e.getMessage(), inbox.resolve("rejected"));
            reject(file, e.getMessage());
        } catch (IOException e) {
            LOG.errorf(e, "cannot ingest %s now, will try again: %s", file, e.getMessage());
        }
    }

    private void reject(Path file, String reason) {
        try {
            Path rejected = moveTo("rejected", file);
            Files.writeString(rejected.resolveSibling(rejected.getFileName() + ".reason.txt"), reason + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.errorf(e, "cannot move rejected %s out of the inbox", file);
        }
    }

    private Path moveTo(String folder, Path file) throws IOException {
        Path target = inbox.resolve(folder).resolve(file.getFileName());
        Files.createDirectories(target.getParent());
        return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
