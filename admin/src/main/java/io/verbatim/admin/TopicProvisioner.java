package io.verbatim.admin;

import io.verbatim.contracts.Topics;
import io.verbatim.contracts.Topics.TopicSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates the pipeline's topics with their partitions and configuration; existing topics are left alone. */
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
                report.add("exists  " + spec.name());
            } else {
                missing.add(new NewTopic(spec.name(), spec.partitions(), REPLICATION_FACTOR).configs(spec.config()));
                report.add("created " + spec.name() + " (" + spec.partitions() + " partitions)");
            }
        }
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        return report;
    }
}
