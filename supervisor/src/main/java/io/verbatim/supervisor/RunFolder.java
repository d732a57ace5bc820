package io.verbatim.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The folder of one test JVM's infrastructure, {@code target/verbatim-it/<run>/}: broker data, node folder,
 * logs and pid files. It records the JVM's pid, so that a later run can tell it was left behind.
 */
public record RunFolder(Path dir) {

    /** Overrides the parent folder of the runs, {@code target/verbatim-it} of the module under test. */
    public static final String PARENT_PROPERTY = "verbatim.it.dir";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Sweeps what earlier runs left running, then creates this JVM's folder. */
    public static RunFolder create() {
        Path parent = Path.of(System.getProperty(PARENT_PROPERTY,
                Path.of(System.getProperty("user.dir"), "target", "verbatim-it").toString())).toAbsolutePath();
        StaleRuns.sweep(parent, 3);
        String name = "run-" + LocalDateTime.now().format(STAMP) + "-" + ProcessHandle.current().pid();
        Path dir = parent.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        StaleRuns.claim(dir);
        return new RunFolder(dir);
    }

    public String name() {
        return dir.getFileName().toString();
    }

    public Path resolve(String child) {
        return dir.resolve(child);
    }
}
