package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verbatim.contracts.Topics;
import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.PrometheusMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Two instances of each consumer service share their topic's partitions; when one of each is killed, the other takes
 * its partitions over and every record still arrives exactly once. (Two harvesting ingest-service instances taking
 * over each other's sources are {@link HarvestEndToEndIT}'s.)
 */
class ScaleOutIT {

    private static final int RECORDS = 240;
    /** A killed member leaves its group when the broker stops hearing from it: the session timeout, 45 s by default. */
    private static final Duration TAKEOVER = Duration.ofSeconds(90);

    @Test
    void twoInstancesShareThePartitionsAndTheSurvivorTakesOverAKilledOnesLosingAndDuplicatingNothing() throws Exception {
        RunningPipeline pipeline = RunningPipeline.shared();
        String kafka = pipeline.infrastructure().kafkaBootstrapServers();
        ServiceProcess harvester = pipeline.startHarvestingIngest("ingest-scale-out");
        ServiceProcess parse = pipeline.service("parse-service");
        ServiceProcess index = pipeline.service("index-service");
        List<ServiceProcess> seconds = new ArrayList<>();
        try (ArchiveSimulator archive = HarvestedStream.pacedArchive(RECORDS, 601)) {
            ServiceProcess secondParse = pipeline.startAnother("parse-service", "parse-service-2");
            seconds.add(secondParse);
            ServiceProcess secondIndex = pipeline.startAnother("index-service", "index-service-2");
            seconds.add(secondIndex);
            awaitSharing(kafka, "parse-service", Topics.FETCHED);
            awaitSharing(kafka, "index-service", Topics.PARSED);
            HarvestedStream stream = new HarvestedStream(harvester,
                    new IndexedRecords(ElasticsearchTestClient.of(pipeline.infrastructure())), RECORDS);

            String source = HarvestSources.add(harvester.baseUrl(), archive);
            stream.awaitDocuments(source, RECORDS / 3, "before an instance of each service is killed");
            for (ServiceProcess instance : List.of(parse, secondParse)) {
                assertThat(recordsOf(instance, "parse", "parsed", source)).as("records parsed by " + instance.baseUrl()).isPositive();
            }
            for (ServiceProcess instance : List.of(index, secondIndex)) {
                assertThat(recordsOf(instance, "index", "indexed", source)).as("records indexed by " + instance.baseUrl()).isPositive();
            }

            parse.kill();
            secondIndex.kill();
            awaitOneMemberHoldingAll(kafka, "parse-service", Topics.FETCHED);
            awaitOneMemberHoldingAll(kafka, "index-service", Topics.PARSED);

            stream.awaitEveryRecordOnce(archive, source);
            HarvestSources.remove(harvester.baseUrl(), source);
        } finally {
            // The shared pipeline goes on as it was for the tests after this one: one instance of each.
            seconds.forEach(ServiceProcess::stop);
            harvester.stop();
            if (!parse.isAlive()) {
                parse.restart();
            }
        }
    }

    private static void awaitSharing(String kafka, String group, String topic) {
        await(group + ": two members, each holding partitions of " + topic).atMost(TAKEOVER).ignoreExceptions().until(() -> {
            List<Set<TopicPartition>> members = ConsumerGroups.assignments(kafka, group);
            return members.size() == 2 && members.stream().allMatch(held -> !held.isEmpty())
                    && union(members).size() == Topics.spec(topic).partitions();
        });
    }

    private static void awaitOneMemberHoldingAll(String kafka, String group, String topic) {
        await(group + ": the survivor holds every partition of " + topic).atMost(TAKEOVER).ignoreExceptions().until(() -> {
            List<Set<TopicPartition>> members = ConsumerGroups.assignments(kafka, group);
            return members.size() == 1 && members.getFirst().size() == Topics.spec(topic).partitions();
        });
    }

    private static Set<TopicPartition> union(List<Set<TopicPartition>> members) {
        Set<TopicPartition> all = new HashSet<>();
        members.forEach(all::addAll);
        return all;
    }

    private static double recordsOf(ServiceProcess instance, String stage, String outcome, String source) {
        return PrometheusMetrics.of(instance.baseUrl()).value("verbatim_records_total",
                Map.of("stage", stage, "outcome", outcome, "source", source));
    }
}
