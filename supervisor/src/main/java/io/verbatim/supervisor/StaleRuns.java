package io.verbatim.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds folders of test runs whose JVM is gone and stops the processes they left running: a node started with
 * {@code -d} outlives the JVM that started it when that JVM is killed before its shutdown hook runs.
 */
public final class StaleRuns {

    static final String OWNER_PID = "owner.pid";

    private StaleRuns() {
    }

    /** Marks {@code dir} as belonging to this JVM. */
    public static void claim(Path dir) {
        Processes.writePid(dir.resolve(OWNER_PID), ProcessHandle.current().pid());
    }

    /**
     * Stops what abandoned runs under {@code parent} still run, and deletes all but the {@code keep} newest of them
     * (kept for their logs).
     */
    public static void sweep(Path parent, int keep) {
        List<Path> abandoned = abandonedRuns(parent);
        abandoned.forEach(StaleRuns::stopLeftovers);
        abandoned.stream()
                .sorted(Comparator.comparing(StaleRuns::modified).reversed())
                .skip(keep)
                .forEach(Folders::deleteTree);
    }

    private static List<Path> abandonedRuns(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory)
                    .filter(StaleRuns::isAbandoned)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its JVM is gone; a folder not yet claimed is given a minute, as another JVM may be creating it. */
    private static boolean isAbandoned(Path run) {
        Path owner = run.resolve(OWNER_PID);
        if (!Files.exists(owner)) {
            return System.currentTimeMillis() - modified(run) > 60_000;
        }
        return Processes.fromPidFile(owner).filter(ProcessHandle::isAlive).isEmpty();
    }

    /** A pid file's process is stopped only when its command line names the run's folder: pids get reused. */
    private static void stopLeftovers(Path run) {
        try (Stream<Path> files = Files.walk(run, 3)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pid"))
                    .filter(f -> !f.getFileName().toString().equals(OWNER_PID))
                    .flatMap(f -> Processes.fromPidFile(f).stream())
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().orElse("").contains(run.toString()))
                    .forEach(p -> {
                        System.err.println("[verbatim] stopping process " + p.pid()
                                + " left running by an earlier test run in " + run);
                        Processes.terminate(p);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
