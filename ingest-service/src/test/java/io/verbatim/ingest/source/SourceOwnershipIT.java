package io.verbatim.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verbatim.contracts.Topics;
import io.verbatim.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two harvesting instances against a real broker: each source has one owner, and a survivor takes over. */
class SourceOwnershipIT {

    private static final Duration SESSION = Duration.ofSeconds(6);
    private static final Duration REBALANCE = Duration.ofSeconds(45);
    private static String bootstrap;

    @BeforeAll
    static void sourcesTopic() throws Exception {
        bootstrap = TestInfrastructure.kafkaOnly().kafkaBootstrapServers();
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(config)) {
            Topics.TopicSpec spec = Topics.spec(Topics.SOURCES);
            admin.createTopics(List.of(new NewTopic(spec.name(), spec.partitions(), (short) 1).configs(spec.config())))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(TopicExistsException.class);
        }
    }

    @Test
    void twoInstancesShareTheSourcesWithoutOverlapAndTheSurvivorTakesAllOver() {
        List<String> sources = IntStream.range(0, 40).mapToObj(i -> "source-" + i).toList();
        try (SourceOwnership first = new SourceOwnership(bootstrap, SESSION)) {
            await("the first instance owning every partition").atMost(REBALANCE)
                    .until(() -> first.ownedPartitions().size() == partitions());
            SourceOwnership second = new SourceOwnership(bootstrap, SESSION);
            try {
                await("the two instances splitting the partitions").atMost(REBALANCE).until(() ->
                        !first.ownedPartitions().isEmpty() && !second.ownedPartitions().isEmpty()
                                && disjointAndComplete(first.ownedPartitions(), second.ownedPartitions()));
                for (String source : sources) {
                    assertThat(first.owns(source) ^ second.owns(source)).as("exactly one owner of " + source).isTrue();
                }
                assertThat(sources.stream().filter(first::owns)).isNotEmpty();
                assertThat(sources.stream().filter(second::owns)).isNotEmpty();
            } finally {
                second.close();
            }
            await("the survivor taking every source over").atMost(REBALANCE)
                    .until(() -> sources.stream().allMatch(first::owns));
        }
    }

    private static boolean disjointAndComplete(Set<Integer> a, Set<Integer> b) {
        Set<Integer> union = new HashSet<>(a);
        union.addAll(b);
        return union.size() == partitions() && a.stream().noneMatch(b::contains);
    }

    private static int partitions() {
        return Topics.spec(Topics.SOURCES).partitions();
    }
}
