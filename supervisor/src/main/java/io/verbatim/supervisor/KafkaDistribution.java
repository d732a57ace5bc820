package io.verbatim.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The broker's distribution copied where a long-running broker runs from, so that a rebuild leaves it alone. */
final class KafkaDistribution {

    private KafkaDistribution() {
    }

    /** A copy of {@code built} in {@code target}, made again when the built broker's version changed; returns it. */
    static Path stage(Path built, Path target) {
        String brokerJar = brokerJar(built);
        Predicate<Path> complete = copy -> Files.isRegularFile(copy.resolve("lib").resolve(brokerJar));
        if (!complete.test(target)) {
            Folders.deleteTree(target); // a copy of another version, or half made
        }
        return Folders.copyOnce(built, target, complete);
    }

    private static String brokerJar(Path built) {
        try (Stream<Path> jars = Files.list(built.resolve("lib"))) {
            return jars.map(jar -> jar.getFileName().toString()).filter(name -> name.matches("kafka_2\\.13-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no kafka_2.13 jar in " + built.resolve("lib")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
