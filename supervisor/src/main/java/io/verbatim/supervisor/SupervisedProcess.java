package io.verbatim.supervisor;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One local process that answers HTTP once it is ready: a packaged Verbatim service or the archive simulator. Its
 * pid is kept in a file and its output appended to a log, so that it outlives the JVM that started it, and a later
 * command (or test) finds it, checks it, stops or kills it, and starts it again as it was started. A pid is taken
 * for this process only while the command line behind it still holds the marker, so a reused pid is never signalled.
 */
public final class SupervisedProcess {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final Path log;
    private final Path pidFile;
    private final String marker;
    private final URI readiness;

    /**
     * @param marker text of the command line that tells this process from any other holding a reused pid
     * @param readiness the URL that answers 200 once the process is ready
     */
    public SupervisedProcess(String name, List<String> command, Path log, Path pidFile, String marker, URI readiness) {
        this.name = name;
        this.command = List.copyOf(command);
        this.log = log;
        this.pidFile = pidFile;
        this.marker = marker;
        this.readiness = readiness;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public Path pidFile() {
        return pidFile;
    }

    public List<String> command() {
        return command;
    }

    /** Starts the process unless it runs; returns at once, see {@link #awaitReady}. */
    public synchronized void start() {
        if (running().isPresent()) {
            return;
        }
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Processes.writePid(pidFile, process.pid());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + String.join(" ", command), e);
        }
    }

    /** Returns once the readiness URL answers 200; fails with the log's last lines when the process exits or the time is up. */
    public void awaitReady(Duration timeout) {
        try {
            await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (running().isEmpty()) {
                    throw new IllegalStateException(name + " exited while starting; " + LogTail.of(log));
                }
                return isReady();
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; " + LogTail.of(log), e);
        }
    }

    /** Whether the readiness URL answers 200 now. */
    public boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The running process, from the pid file, if the command line behind that pid is still this one's. */
    public Optional<ProcessHandle> running() {
        return running(pidFile, marker);
    }

    /** The process a pid file names, while its command line holds the marker. */
    public static Optional<ProcessHandle> running(Path pidFile, String marker) {
        return Processes.fromPidFile(pidFile).filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().commandLine().orElse("").contains(marker));
    }

    /** SIGTERM (the process finishes or hands back what it holds), SIGKILL after 30 s; the pid file goes. */
    public void stop() {
        stop(pidFile, marker, STOP_TIMEOUT);
    }

    /**
     * Stops the process a pid file names, if it is the one the marker describes: SIGTERM, SIGKILL when it still runs
     * after the timeout. True when one was stopped.
     */
    public static boolean stop(Path pidFile, String marker, Duration timeout) {
        Optional<ProcessHandle> process = running(pidFile, marker);
        process.ifPresent(handle -> Processes.terminate(handle, timeout));
        deleteQuietly(pidFile);
        return process.isPresent();
    }

    /** As a crash would: SIGKILL, no shutdown hook. */
    public void kill() {
        running().ifPresent(Processes::kill);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a pid file left behind is harmless: the marker check refuses whatever reuses its pid
        }
    }
}
