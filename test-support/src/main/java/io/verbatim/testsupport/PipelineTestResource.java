package io.verbatim.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/** Kafka and Elasticsearch, started in parallel: {@link KafkaTestResource} and {@link ElasticsearchTestResource}. */
public class PipelineTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestInfrastructure infra = TestInfrastructure.all();
        Map<String, String> config = new HashMap<>(KafkaTestResource.config(infra));
        config.putAll(ElasticsearchTestResource.config(infra));
        return config;
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM
    }
}
