package io.verbatim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the repository and the shared corpus beside it are, found from the working directory. */
final class RepoPaths {

    private RepoPaths() {
    }

    static Path repoRoot() {
        Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("mvnw"))) {
                return d;
            }
        }
        return dir;
    }

    static Path defaultCorpus() {
        return repoRoot().resolve("..").resolve("shared").resolve("corpus").normalize();
    }
}
