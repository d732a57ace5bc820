package io.verbatim.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Running, stopping and finding the processes the native infrastructure starts. */
public final class Processes {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private Processes() {
    }

    /** SIGTERM, then SIGKILL when it has not exited after 30 s; returns once it is gone. */
    public static void terminate(ProcessHandle process) {
        terminate(process, STOP_TIMEOUT);
    }

    /** SIGTERM, then SIGKILL when it has not exited after the timeout; returns once it is gone. */
    public static void terminate(ProcessHandle process, Duration timeout) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            kill(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL; returns once it is gone. */
    public static void kill(ProcessHandle process) {
        process.destroyForcibly();
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("process " + process.pid() + " survived SIGKILL", e);
        }
    }

    public static Optional<ProcessHandle> fromPidFile(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void writePid(Path pidFile, long pid) {
        try {
            Files.writeString(pidFile, pid + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a short command to its end; the exit code, with output sent to {@code log}. */
    static int run(List<String> command, Path log, Duration timeout) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process.toHandle());
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s: "
                        + String.join(" ", command) + "\n" + LogTail.of(log));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    /** Like {@link #run}, but a non-zero exit is an error that quotes the output. */
    static void runChecked(List<String> command, Path log, Duration timeout) {
        int exit = run(command, log, timeout);
        if (exit != 0) {
            throw new IllegalStateException("exit code " + exit + " from " + String.join(" ", command)
                    + "\n" + LogTail.of(log));
        }
    }
}
