package io.verbatim.testsupport.containers;

import io.verbatim.testsupport.KafkaBroker;
import org.testcontainers.kafka.KafkaContainer;

/** The broker as a Testcontainers container, {@value #IMAGE}. */
public final class ContainerKafkaBroker implements KafkaBroker {

    public static final String IMAGE = "apache/kafka:4.1.2";

    private final KafkaContainer container = new KafkaContainer(IMAGE);

    public static ContainerKafkaBroker launch() {
        ContainerKafkaBroker broker = new ContainerKafkaBroker();
        broker.container.start();
        return broker;
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void start() {
        throw restartUnsupported();
    }

    @Override
    public void stop() {
        container.stop();
    }

    @Override
    public void kill() {
        throw restartUnsupported();
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }

    private static UnsupportedOperationException restartUnsupported() {
        return new UnsupportedOperationException("a containerised broker gets a new port when restarted; "
                + "run tests that kill or restart the broker with -Dinfra.mode=native");
    }
}
