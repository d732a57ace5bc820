package io.verbatim.bench;

import io.verbatim.supervisor.LocalService;
import io.verbatim.supervisor.RepositoryLayout;
import io.verbatim.supervisor.SupervisedProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service's packaged jar run as its own process on a free port by the supervisor's {@link LocalService}, as
 * {@code ./verbatim up} runs it.
 */
final class PackagedService implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final String module;
    private final int port;
    private final SupervisedProcess process;

    private PackagedService(String module, int port, SupervisedProcess process) {
        this.module = module;
        this.port = port;
        this.process = process;
    }

    /** The jar of {@code module} under {@code root}, or exits saying how to build it. */
    static Path jarOf(Path root, String module) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            System.err.println(jar + " is missing: ./mvnw -B package -DskipTests");
            System.exit(2);
        }
        return jar;
    }

    /** Starts {@code module} with a heap of {@code heap} and these system properties (and any {@code extraOptions}); returns once it is ready. */
    static PackagedService start(Path root, String module, String heap, Map<String, String> properties, String extraOptions)
            throws IOException {
        jarOf(root, module);
        int port = io.verbatim.supervisor.FreePorts.pick();
        Path logs = Files.createDirectories(root.resolve("bench/target"));
        List<String> options = extraOptions == null || extraOptions.isBlank() ? List.of() : List.of(extraOptions.strip().split("\\s+"));
        Path log = logs.resolve("bench-" + module + ".log");
        Files.deleteIfExists(log);
        SupervisedProcess process = LocalService.of(new RepositoryLayout(root),
                new LocalService.Settings(module, module, port, heap, properties, options), log, logs.resolve("bench-" + module + ".pid"));
        process.start();
        try {
            process.awaitReady(READY_WITHIN);
        } catch (RuntimeException e) {
            process.kill();
            throw e;
        }
        return new PackagedService(module, port, process);
    }

    String module() {
        return module;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        Optional<ProcessHandle> running = process.running();
        return running.map(ProcessHandle::pid).orElseThrow(() -> new IllegalStateException(module + " is not running"));
    }

    @Override
    public void close() {
        process.stop();
    }
}
