package io.verbatim.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real process (the JDK's own small web server) started, found again, stopped, killed and restarted by its pid file. */
class SupervisedProcessTests {

    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private SupervisedProcess server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aStartedProcessIsReadyFoundByItsPidFileAndStartedOnlyOnce() throws IOException {
        server = webServer();
        server.start();
        server.awaitReady(READY_WITHIN);

        long pid = server.running().orElseThrow().pid();
        assertThat(Files.readString(server.pidFile()).strip()).isEqualTo(String.valueOf(pid));
        server.start();
        assertThat(server.running().orElseThrow().pid()).as("a second start leaves the running one alone").isEqualTo(pid);

        server.stop();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(server.running()).isEmpty();
        assertThat(server.pidFile()).doesNotExist();
    }

    @Test
    void aKilledProcessIsStartedAgainAsItWasStarted() {
        server = webServer();
        server.start();
        server.awaitReady(READY_WITHIN);
        long first = server.running().orElseThrow().pid();

        server.kill();
        assertThat(server.running()).isEmpty();
        assertThat(server.isReady()).isFalse();

        server.start();
        server.awaitReady(READY_WITHIN);
        assertThat(server.running().orElseThrow().pid()).isNotEqualTo(first);
    }

    @Test
    void aPidFileNamingAnotherCommandIsNeitherTakenForTheProcessNorSignalled() throws IOException {
        Path pidFile = dir.resolve("reused.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");

        assertThat(SupervisedProcess.running(pidFile, "no-such-command-line")).isEmpty();
        assertThat(SupervisedProcess.stop(pidFile, "no-such-command-line", Duration.ofSeconds(1))).isFalse();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
        assertThat(pidFile).as("the stale pid file is dropped").doesNotExist();
    }

    @Test
    void aProcessThatExitsWhileStartingFailsWithTheLastLinesOfItsLog() {
        Path log = dir.resolve("exits.log");
        SupervisedProcess exits = new SupervisedProcess("exits", List.of(LocalService.javaExecutable(), "-version"), log,
                dir.resolve("exits.pid"), "-version", URI.create("http://127.0.0.1:9/"));
        exits.start();

        assertThatThrownBy(() -> exits.awaitReady(READY_WITHIN))
                .hasMessageContaining("exits exited while starting")
                .hasMessageContaining("version \"");
    }

    @Test
    void jsonLogLinesReadAsTimeLevelLoggerAndMessage() {
        String line = "{\"timestamp\":\"2026-12-03T13:20:32.98Z\",\"sequence\":62,\"loggerClassName\":\"org.jboss.logging.Logger\","
                + "\"loggerName\":\"io.verbatim.ingest.BlobStore\",\"level\":\"ERROR\",\"message\":\"the disk is full: \\\"blobs\\\"\","
                + "\"threadName\":\"main\"}";

        assertThat(LogTail.readable(line)).isEqualTo("2026-12-03T13:20:32.98Z ERROR BlobStore: the disk is full: \"blobs\"");
        assertThat(LogTail.readable("plain output of a broker")).isEqualTo("plain output of a broker");
    }

    private SupervisedProcess webServer() {
        int port = FreePorts.pick();
        Path jwebserver = Path.of(System.getProperty("java.home"), "bin", "jwebserver");
        return new SupervisedProcess("web-server", List.of(jwebserver.toString(), "-b", "127.0.0.1", "-p", String.valueOf(port),
                "-d", dir.toAbsolutePath().toString()), dir.resolve("web-server.log"), dir.resolve("web-server.pid"),
                "-p " + port, URI.create("http://127.0.0.1:" + port + "/"));
    }
}
