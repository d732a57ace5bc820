package io.verbatim.ingest.harvest;

import io.verbatim.ingest.service.IncomingRecord;
import io.verbatim.ingest.source.SourceType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Harvests a folder (with {@code recursive=true}, its subfolders too), leaving its files where they are.
 * A file is taken once it has been left unchanged for a moment; a file seen before with the same size and
 * time is not read again, and one read again after a restart is absorbed by the dedupe.
 */
@ApplicationScoped
public class FolderHarvester implements Harvester {

    private static final Duration SETTLE = Duration.ofSeconds(1);

    private final Map<Path, String> taken = new ConcurrentHashMap<>();

    @Override
    public SourceType type() {
        return SourceType.FOLDER;
    }

    @Override
    public void harvest(HarvestRun run) throws IOException, HarvestException, InterruptedException {
        Path root = Path.of(run.source().setting("path"));
        if (!Files.isDirectory(root)) {
            throw new HarvestException(root + " is not a folder");
        }
        boolean recursive = run.source().optionalSetting("recursive").map(Boolean::parseBoolean).orElse(false);
        for (Path file : settledFiles(root, recursive)) {
            run.stopIfNoLongerOurs();
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String stamp = attributes.size() + "@" + attributes.lastModifiedTime();
            if (stamp.equals(taken.get(file))) {
                continue;
            }
            String relative = root.relativize(file).toString().replace('\\', '/');
            try (InputStream content = Files.newInputStream(file)) {
                run.offer(new IncomingRecord(run.source().id(), relative, file.getFileName().toString(), null, null), content);
            }
            taken.put(file, stamp);
        }
        run.advance(checkpoint -> checkpoint);
    }

    private static List<Path> settledFiles(Path root, boolean recursive) throws IOException {
        Instant settledBefore = Instant.now().minus(SETTLE);
        try (Stream<Path> entries = recursive ? Files.walk(root) : Files.list(root)) {
            return entries.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> lastModified(file).isBefore(settledBefore))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
