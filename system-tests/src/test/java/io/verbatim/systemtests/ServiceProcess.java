package io.verbatim.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/** One packaged service run as its own process, as {@code ./verbatim up} runs it. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final int port;
    private final List<String> command;
    private final Path log;
    private final Path pidFile;
    private volatile Process process;

    private ServiceProcess(String module, int port, List<String> command, Path log, Path pidFile) {
        this.module = module;
        this.port = port;
        this.command = List.copyOf(command);
        this.log = log;
        this.pidFile = pidFile;
    }

    static ServiceProcess start(Path repoRoot, Path logs, String module, int port, Map<String, String> properties)
            throws IOException {
        return start(repoRoot, logs, module, module, port, properties);
    }

    /** @param name names the log and pid files, for a second instance of a module */
    static ServiceProcess start(Path repoRoot, Path logs, String module, String name, int port, Map<String, String> properties)
            throws IOException {
        Path jar = repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services before the system tests");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.port=" + port));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        Files.createDirectories(logs);
        ServiceProcess service = new ServiceProcess(module, port, command, logs.resolve(name + ".log"), logs.resolve(name + ".pid"));
        service.launch();
        return service;
    }

    /** Starts the service again, as it was started, after {@link #kill()} or {@link #stop()}; returns once it is ready. */
    void restart() throws IOException {
        if (isAlive()) {
            throw new IllegalStateException(module + " on port " + port + " is still running");
        }
        launch();
        awaitReady();
    }

    private void launch() throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Files.writeString(pidFile, String.valueOf(process.pid()));
    }

    /**
     * Kills services left behind by an earlier run whose test JVM was killed before its shutdown hook ran:
     * each left a pid file beside its log, and is only killed if its command line still names that run.
     */
    static void killLeftovers(Path runsFolder) throws IOException {
        try (var pidFiles = Files.find(runsFolder, 2, (path, attributes) -> path.toString().endsWith(".pid"))) {
            for (Path pidFile : pidFiles.toList()) {
                String run = pidFile.getParent().toString();
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                        .filter(handle -> handle.info().commandLine().orElse("").contains(run.replace("-logs", "")))
                        .ifPresent(ProcessHandle::destroyForcibly);
                Files.delete(pidFile);
            }
        }
    }

    void awaitReady() {
        try {
            await(module + " ready on port " + port).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(module + " exited with " + process.exitValue() + "; log:\n"
                                    + tail());
                        }
                        return readinessStatus() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(module + " did not become ready; log:\n" + tail(), e);
        }
    }

    String module() {
        return module;
    }

    /** Where the service writes its log (its console: one JSON object per line). */
    Path logFile() {
        return log;
    }

    /** Whether {@code /q/health/ready} answers 200 now. */
    boolean isReady() {
        return readinessStatus() == 200;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** As a crash would: SIGKILL, no shutdown hook, no goodbye to the consumer group. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private int readinessStatus() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
