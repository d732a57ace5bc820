package io.verbatim.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * {@code @QuarkusTestResource(KafkaTestResource.class)}: points the application at the shared test broker.
 * {@link #stop()} leaves it running for the next test class; the JVM's shutdown hook stops it.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return config(TestInfrastructure.kafkaOnly());
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM
    }

    static Map<String, String> config(TestInfrastructure infra) {
        return Map.of(
                "kafka.bootstrap.servers", infra.kafkaBootstrapServers(),
                "quarkus.kafka.devservices.enabled", "false");
    }
}
