package io.verbatim.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How the archive simulator runs as the local default source: {@code java -cp <its jar and lib> SimulatorCommand
 * --port <port> <arguments>}, ready when its OAI-PMH endpoint answers {@code Identify}.
 */
public final class LocalArchiveSimulator {

    static final String MAIN_CLASS = "io.verbatim.simulator.cli.SimulatorCommand";
    private static final String HEAP = "256m";

    private LocalArchiveSimulator() {
    }

    /** @param arguments the simulator's own options after {@code --port} ({@code --records 200 --publish-every 60s}) */
    public static SupervisedProcess of(RepositoryLayout layout, int port, List<String> arguments, Path log, Path pidFile) {
        List<String> command = new ArrayList<>(List.of(LocalService.javaExecutable(), "-Xmx" + HEAP, "-cp",
                classpath(layout), MAIN_CLASS, "--port", String.valueOf(port)));
        command.addAll(arguments);
        return new SupervisedProcess("archive-simulator", command, log, pidFile, MAIN_CLASS,
                URI.create("http://127.0.0.1:" + port + "/oai2d?verb=Identify"));
    }

    private static String classpath(RepositoryLayout layout) {
        Path target = layout.root().resolve("archive-simulator/target");
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(path -> path.getFileName().toString().matches("archive-simulator-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> notBuilt(target));
            return jar + java.io.File.pathSeparator + target.resolve("lib") + "/*";
        } catch (IOException e) {
            throw new UncheckedIOException(notBuilt(target).getMessage(), e);
        }
    }

    private static IllegalStateException notBuilt(Path target) {
        return new IllegalStateException("the archive simulator is not built in " + target + " (./mvnw -B package -DskipTests)");
    }
}
