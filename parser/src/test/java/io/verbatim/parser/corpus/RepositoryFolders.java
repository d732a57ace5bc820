package io.verbatim.parser.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the tests find the repository's sample archive and the shared corpus beside the repository. */
public final class RepositoryFolders {

    private RepositoryFolders() {
    }

    public static Path samples() {
        return root().resolve("samples");
    }

    /** {@code ../shared/corpus} beside the repository; absent on a machine without the real records. */
    public static Path sharedCorpus() {
        return root().resolve("..").resolve("shared").resolve("corpus").normalize();
    }

    public static Path root() {
        Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? Paths.get(System.getProperty("user.dir")) : dir;
    }
}
