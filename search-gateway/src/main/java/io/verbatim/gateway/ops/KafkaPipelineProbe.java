package io.verbatim.gateway.ops;

import io.verbatim.contracts.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads end offsets of the pipeline's topics and the committed offsets of its consumer groups. */
@ApplicationScoped
public class KafkaPipelineProbe {

    /** The consumer groups of the pipeline and the topic each consumes. */
    static final Map<String, String> CONSUMERS = Map.of("parse-service", Topics.FETCHED, "index-service", Topics.PARSED);
    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;

    public KafkaPipelineProbe(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "search-gateway-ops");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        this.admin = Admin.create(properties);
    }

    public List<PipelineStatus.ConsumerLag> lags(Map<TopicPartition, Long> partitionEnds)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<PipelineStatus.ConsumerLag> lags = new ArrayList<>();
        for (var consumer : CONSUMERS.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(consumer.getKey())
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long lag = partitionEnds.entrySet().stream()
                    .filter(end -> end.getKey().topic().equals(consumer.getValue()))
                    .mapToLong(end -> {
                        OffsetAndMetadata done = committed.get(end.getKey());
                        return end.getValue() - (done == null ? 0 : done.offset());
                    }).sum();
            lags.add(new PipelineStatus.ConsumerLag(consumer.getKey(), consumer.getValue(), lag));
        }
        return lags;
    }

    /** The end offset of every partition of the pipeline's topics. */
    public Map<TopicPartition, Long> partitionEnds() throws ExecutionException, InterruptedException, TimeoutException {
        List<String> topics = Topics.ALL.stream().map(Topics.TopicSpec::name).toList();
        Map<TopicPartition, OffsetSpec> request = admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        return admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
