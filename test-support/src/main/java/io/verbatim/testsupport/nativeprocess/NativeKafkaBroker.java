package io.verbatim.testsupport.nativeprocess;

import static org.awaitility.Awaitility.await;

import io.verbatim.testsupport.KafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * A single KRaft node (broker and controller) as a separate process, {@code java -cp 'lib/*' kafka.Kafka
 * server.properties}, on random free ports, with its data and log in its own folder. Being a process of its own,
 * a test can kill it and start it again on the same ports and data.
 */
public final class NativeKafkaBroker implements KafkaBroker {

    /** Maximum heap of the broker, e.g. {@code 512m}. */
    public static final String HEAP_PROPERTY = "verbatim.kafka.heap";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final RepositoryLayout layout;
    private final Path dir;
    private final int port;
    private Process process;

    private NativeKafkaBroker(RepositoryLayout layout, Path dir, int port) {
        this.layout = layout;
        this.dir = dir;
        this.port = port;
    }

    /** Writes the configuration and formats the storage in {@code dir}; {@link #start()} runs it. */
    public static NativeKafkaBroker create(RepositoryLayout layout, Path dir) {
        layout.kafkaLib();
        int port = FreePorts.pick();
        int controllerPort = FreePorts.pick();
        NativeKafkaBroker broker = new NativeKafkaBroker(layout, dir, port);
        broker.writeConfig(controllerPort);
        broker.formatStorage();
        return broker;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path log() {
        return dir.resolve("kafka.log");
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        List<String> command = java();
        command.add("-Xmx" + System.getProperty(HEAP_PROPERTY, "512m"));
        command.addAll(List.of("-cp", layout.kafkaLib() + "/*", "kafka.Kafka", serverProperties().toString()));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker: " + String.join(" ", command), e);
        }
        Processes.writePid(dir.resolve("kafka.pid"), process.pid());
        awaitReady();
    }

    @Override
    public synchronized void stop() {
        if (process != null) {
            Processes.terminate(process.toHandle());
        }
    }

    @Override
    public synchronized void kill() {
        if (process != null) {
            Processes.kill(process.toHandle());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    private void awaitReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        Process started = process;
        try (Admin admin = Admin.create(config)) {
            await("Kafka broker at " + bootstrapServers() + " answering describeCluster")
                    .atMost(READY_TIMEOUT)
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .failFast("the Kafka broker process exited", () -> !started.isAlive())
                    .until(() -> !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty());
        } catch (TerminalFailureException e) {
            throw new IllegalStateException("the Kafka broker exited during start-up (exit code "
                    + started.exitValue() + ")\n" + LogTail.of(log()), e);
        } catch (ConditionTimeoutException e) {
            Processes.terminate(started.toHandle());
            throw new IllegalStateException("the Kafka broker at " + bootstrapServers() + " was not ready within "
                    + READY_TIMEOUT.toSeconds() + " s\n" + LogTail.of(log()), e);
        }
    }

    private void writeConfig(int controllerPort) {
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
                """.formatted(port, controllerPort, dir.resolve("data").toAbsolutePath());
        try {
            Files.createDirectories(dir);
            Files.writeString(serverProperties(), config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + serverProperties(), e);
        }
    }

    private void formatStorage() {
        List<String> command = java();
        command.addAll(List.of("-cp", layout.kafkaLib() + "/*", "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", serverProperties().toString()));
        Processes.runChecked(command, log(), FORMAT_TIMEOUT);
    }

    private List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a test broker starts often and does little: C1 only and the serial collector start it with less CPU
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.add("-Dlog4j2.configurationFile=" + layout.kafkaLog4jConfig());
        return command;
    }

    private Path serverProperties() {
        return dir.resolve("server.properties");
    }
}
