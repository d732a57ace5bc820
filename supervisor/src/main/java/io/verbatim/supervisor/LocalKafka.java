package io.verbatim.supervisor;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The local Kafka broker: one KRaft node (broker and controller) as a process of its own, {@code java -cp 'lib/*'
 * kafka.Kafka server.properties}, with its configuration, storage and pid file in one folder and its output in a log.
 * The one definition of how Verbatim runs Kafka without Docker, for {@code ./verbatim} and the tests alike; being a
 * process of its own, it outlives the JVM that started it and can be killed and started again on the same ports and
 * data.
 */
public final class LocalKafka {

    /**
     * @param quickStart C1 only and the serial collector: for a broker that starts often and does little (tests)
     */
    public record Settings(int port, int controllerPort, String heap, boolean quickStart) {
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final Path dir;
    private final Path log;
    private final Settings settings;
    private Process process;

    private LocalKafka(Path home, Path dir, Path log, Settings settings) {
        this.home = home;
        this.dir = dir;
        this.log = log;
        this.settings = settings;
    }

    /**
     * Writes the broker's configuration into {@code dir} and formats its storage unless an earlier start did.
     *
     * @param home the distribution: {@code lib/} and {@code config/log4j2.properties}
     */
    public static LocalKafka prepare(Path home, Path dir, Path log, Settings settings) {
        LocalKafka broker = new LocalKafka(home, dir, log, settings);
        broker.writeConfig();
        if (!Files.isRegularFile(dir.resolve("data/meta.properties"))) {
            broker.formatStorage();
        }
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + settings.port();
    }

    public Path log() {
        return log;
    }

    public Path pidFile() {
        return dir.resolve("kafka.pid");
    }

    /** Starts the broker unless it runs, and returns once it answers {@code describeCluster}. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        List<String> command = java();
        command.add("-Xmx" + settings.heap());
        command.addAll(List.of("-cp", home.resolve("lib") + "/*", "kafka.Kafka", serverProperties().toString()));
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker: " + String.join(" ", command), e);
        }
        Processes.writePid(pidFile(), process.pid());
        awaitReady(process.toHandle());
    }

    /** SIGTERM (SIGKILL after a timeout); returns once it is gone. */
    public synchronized void stop() {
        running().ifPresent(Processes::terminate);
    }

    /** SIGKILL, as a crash would. */
    public synchronized void kill() {
        running().ifPresent(Processes::kill);
    }

    public synchronized boolean isRunning() {
        return running().isPresent();
    }

    private Optional<ProcessHandle> running() {
        if (process != null) {
            return process.isAlive() ? Optional.of(process.toHandle()) : Optional.empty();
        }
        return Processes.fromPidFile(pidFile()).filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().commandLine().map(line -> line.contains("kafka.Kafka")).orElse(true));
    }

    private void awaitReady(ProcessHandle started) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            await("Kafka broker at " + bootstrapServers() + " answering describeCluster")
                    .atMost(READY_TIMEOUT)
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .failFast("the Kafka broker process exited", () -> !started.isAlive())
                    .until(() -> !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty());
        } catch (TerminalFailureException e) {
            throw new IllegalStateException("the Kafka broker exited during start-up\n" + LogTail.of(log), e);
        } catch (ConditionTimeoutException e) {
            Processes.terminate(started);
            throw new IllegalStateException("the Kafka broker at " + bootstrapServers() + " was not ready within "
                    + READY_TIMEOUT.toSeconds() + " s\n" + LogTail.of(log), e);
        }
    }

    private void writeConfig() {
        String config = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=1
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(settings.port(), settings.controllerPort(), dir.resolve("data").toAbsolutePath());
        try {
            Files.createDirectories(dir.resolve("data"));
            Files.writeString(serverProperties(), config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + serverProperties(), e);
        }
    }

    private void formatStorage() {
        List<String> command = java();
        command.addAll(List.of("-cp", home.resolve("lib") + "/*", "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", serverProperties().toString()));
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Processes.runChecked(command, log, FORMAT_TIMEOUT);
    }

    private List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (settings.quickStart()) {
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        }
        command.add("-Dlog4j2.configurationFile=" + home.resolve("config/log4j2.properties"));
        return command;
    }

    private Path serverProperties() {
        return dir.resolve("server.properties");
    }
}
