package io.verbatim.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copying and deleting the folders the supervisor keeps: distributions, node folders, test runs. */
public final class Folders {

    private Folders() {
    }

    /**
     * A copy of {@code source} at {@code target} unless {@code complete} says one is there already; a half-finished
     * copy never takes the final name, and of two copies made at once the first to arrive stays.
     */
    static Path copyOnce(Path source, Path target, Predicate<Path> complete) {
        if (complete.test(target)) {
            return target;
        }
        Path partial = target.resolveSibling(".partial-" + UUID.randomUUID());
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target.getParent(), e);
        }
        copyTree(source, partial);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            deleteTree(partial);
        } catch (IOException e) {
            deleteTree(partial);
            if (!complete.test(target)) {
                throw new UncheckedIOException("cannot move " + partial + " to " + target, e);
            }
        }
        return target;
    }

    static void copyTree(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path from : (Iterable<Path>) paths::iterator) {
                Path to = target.resolve(source.relativize(from).toString());
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    /** Deletes the folder and all it holds; what cannot be deleted is reported, not thrown. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[verbatim] cannot delete " + dir + ": " + e.getMessage());
        }
    }
}
