package io.verbatim.systemtests;

import io.verbatim.supervisor.LocalService;
import io.verbatim.supervisor.LogTail;
import io.verbatim.supervisor.RepositoryLayout;
import io.verbatim.supervisor.SupervisedProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One packaged service run as its own process by the supervisor's {@link LocalService}, the code {@code ./verbatim up}
 * runs it with: the same command line, pid file, readiness and stop. Adds what the tests do to it: kill it, start it
 * again, read its log.
 */
final class ServiceProcess {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final String HEAP = "256m";

    private final String module;
    private final int port;
    private final SupervisedProcess process;

    private ServiceProcess(String module, int port, SupervisedProcess process) {
        this.module = module;
        this.port = port;
        this.process = process;
    }

    static ServiceProcess start(Path repoRoot, Path logs, String module, int port, Map<String, String> properties)
            throws IOException {
        return start(repoRoot, logs, module, module, port, properties);
    }

    /** @param name names the log and pid files, for a second instance of a module */
    static ServiceProcess start(Path repoRoot, Path logs, String module, String name, int port, Map<String, String> properties)
            throws IOException {
        Files.createDirectories(logs);
        SupervisedProcess process = LocalService.of(new RepositoryLayout(repoRoot),
                new LocalService.Settings(module, name, port, HEAP, properties), logs.resolve(name + ".log"),
                logs.resolve(name + ".pid"));
        process.start();
        return new ServiceProcess(module, port, process);
    }

    /** Starts the service again, as it was started, after {@link #kill()} or {@link #stop()}; returns once it is ready. */
    void restart() {
        if (isAlive()) {
            throw new IllegalStateException(module + " on port " + port + " is still running");
        }
        process.start();
        awaitReady();
    }

    /**
     * Kills services left behind by an earlier run whose test JVM was killed before its shutdown hook ran:
     * each left a pid file beside its log, and is only killed if its command line still names that run.
     */
    static void killLeftovers(Path runsFolder) throws IOException {
        try (var pidFiles = Files.find(runsFolder, 2, (path, attributes) -> path.toString().endsWith(".pid"))) {
            for (Path pidFile : pidFiles.toList()) {
                String run = pidFile.getParent().toString().replace("-logs", "");
                SupervisedProcess.running(pidFile, run).ifPresent(ProcessHandle::destroyForcibly);
                Files.deleteIfExists(pidFile);
            }
        }
    }

    void awaitReady() {
        process.awaitReady(READY_WITHIN);
    }

    String module() {
        return module;
    }

    /** Where the service writes its log (its console: one JSON object per line). */
    Path logFile() {
        return process.log();
    }

    /** Whether {@code /q/health/ready} answers 200 now. */
    boolean isReady() {
        return process.isReady();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** As a crash would: SIGKILL, no shutdown hook, no goodbye to the consumer group. */
    void kill() {
        process.kill();
    }

    boolean isAlive() {
        return process.running().isPresent();
    }

    void stop() {
        process.stop();
    }

    String tail() {
        return LogTail.of(process.log());
    }
}
