package io.verbatim.admin;

import io.verbatim.contracts.Topics;
import io.verbatim.contracts.Topics.TopicSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Creates the pipeline's topics with their partitions and configuration. An existing topic keeps its
 * partitions, and gets the configuration of its spec (so that an install made before {@code verbatim.parsed}
 * was compacted becomes compacted).
 */
public final class TopicProvisioner {

    private static final short REPLICATION_FACTOR = 1;
    private final Admin admin;

    public TopicProvisioner(Admin admin) {
        this.admin = admin;
    }

    /** Returns one line per topic saying whether it was created or already there. */
    public List<String> provisionAll() throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (TopicSpec spec : Topics.ALL) {
            if (existing.contains(spec.name())) {
                report.add(align(spec) ? "updated " + spec.name() + " " + spec.config() : "exists  " + spec.name());
            } else {
                missing.add(new NewTopic(spec.name(), spec.partitions(), REPLICATION_FACTOR).configs(spec.config()));
                report.add("created " + spec.name() + " (" + spec.partitions() + " partitions)");
            }
        }
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        return report;
    }

    /** Sets the spec's configuration where the topic differs; whether it did. */
    private boolean align(TopicSpec spec) throws ExecutionException, InterruptedException, TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, spec.name());
        Config current = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
        List<AlterConfigOp> changes = spec.config().entrySet().stream()
                .filter(e -> current.get(e.getKey()) == null || !e.getValue().equals(current.get(e.getKey()).value()))
                .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                .toList();
        if (changes.isEmpty()) {
            return false;
        }
        admin.incrementalAlterConfigs(Map.of(resource, changes)).all().get(30, TimeUnit.SECONDS);
        return true;
    }
}
