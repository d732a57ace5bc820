package io.verbatim.ingest.harvest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The real records kept in {@code ../shared/corpus} beside the repository. CI has no such folder, so a test
 * that needs it is skipped, and says so on standard error so that a skip is never mistaken for a pass.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static Path requireFile(String relativePath) {
        Path file = root().resolve("..").resolve("shared").resolve("corpus").resolve(relativePath).normalize();
        if (!Files.isRegularFile(file)) {
            System.err.println("SKIPPED: shared corpus file " + relativePath + " not found at " + file
                    + "; the tests of real UN Digital Library records did not run");
        }
        assumeTrue(Files.isRegularFile(file), "shared corpus file not found at " + file);
        return file;
    }

    /** The folder holding {@code mvnw}, found upwards from where the tests run. */
    private static Path root() {
        Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? Paths.get(System.getProperty("user.dir")) : dir;
    }
}
