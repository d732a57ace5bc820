package io.verbatim.testsupport.nativeprocess;

import io.verbatim.supervisor.FreePorts;
import io.verbatim.supervisor.LocalKafka;
import io.verbatim.supervisor.RepositoryLayout;
import io.verbatim.testsupport.KafkaBroker;
import java.nio.file.Path;

/**
 * The tests' broker: the supervisor's {@link LocalKafka}, as {@code ./verbatim} runs it, on random free ports with its
 * data and log in the test run's folder.
 */
public final class NativeKafkaBroker implements KafkaBroker {

    /** Maximum heap of the broker, e.g. {@code 512m}. */
    public static final String HEAP_PROPERTY = "verbatim.kafka.heap";

    private final LocalKafka broker;

    private NativeKafkaBroker(LocalKafka broker) {
        this.broker = broker;
    }

    /** Writes the configuration and formats the storage in {@code dir}; {@link #start()} runs it. */
    public static NativeKafkaBroker create(RepositoryLayout layout, Path dir) {
        layout.kafkaLib();
        LocalKafka.Settings settings = new LocalKafka.Settings(FreePorts.pick(), FreePorts.pick(),
                System.getProperty(HEAP_PROPERTY, "512m"), true);
        return new NativeKafkaBroker(LocalKafka.prepare(layout.kafkaHome(), dir, dir.resolve("kafka.log"), settings));
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public Path log() {
        return broker.log();
    }

    @Override
    public void start() {
        broker.start();
    }

    @Override
    public void stop() {
        broker.stop();
    }

    @Override
    public void kill() {
        broker.kill();
    }

    @Override
    public boolean isRunning() {
        return broker.isRunning();
    }
}
