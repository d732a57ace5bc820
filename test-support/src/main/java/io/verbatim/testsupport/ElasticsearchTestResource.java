package io.verbatim.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * {@code @QuarkusTestResource(ElasticsearchTestResource.class)}: points the application at the shared test node.
 * {@link #stop()} leaves it running for the next test class; the JVM's shutdown hook stops it.
 */
public class ElasticsearchTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return config(TestInfrastructure.elasticsearchOnly());
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM
    }

    static Map<String, String> config(TestInfrastructure infra) {
        return Map.of(
                "quarkus.elasticsearch.hosts", infra.elasticsearchHostAndPort(),
                "quarkus.elasticsearch.devservices.enabled", "false");
    }
}
