package io.verbatim.ingest.source;

import io.quarkus.runtime.Startup;
import io.verbatim.contracts.Topics;
import io.verbatim.ingest.config.IngestConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which sources this instance harvests. The instances form one consumer group on {@link Topics#SOURCES};
 * a source belongs to the instance that holds the partition its id is written to, so each source is
 * harvested by exactly one instance, and when that one stops answering Kafka gives its partitions, and its
 * sources, to another.
 */
@ApplicationScoped
@Startup
public class SourceOwnership implements AutoCloseable {

    public static final String GROUP = "verbatim-harvesters";
    private static final Logger LOG = Logger.getLogger(SourceOwnership.class);

    private final Set<Integer> ownedPartitions = ConcurrentHashMap.newKeySet();
    private final int partitionCount = Topics.spec(Topics.SOURCES).partitions();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread member;
    private volatile boolean closed;

    /** An instance with {@code verbatim.harvest.enabled=false} does not join: it harvests nothing and takes no partition. */
    @Inject
    public SourceOwnership(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, IngestConfig ingestConfig) {
        this(bootstrapServers, ingestConfig.harvest().sessionTimeout(), ingestConfig.harvest().enabled());
    }

    public SourceOwnership(String bootstrapServers, Duration sessionTimeout) {
        this(bootstrapServers, sessionTimeout, true);
    }

    private SourceOwnership(String bootstrapServers, Duration sessionTimeout, boolean joins) {
        this.consumer = new KafkaConsumer<>(config(bootstrapServers, sessionTimeout), new StringDeserializer(), new ByteArrayDeserializer());
        this.member = Thread.ofPlatform().daemon().name("source-ownership").unstarted(this::stayInGroup);
        if (joins) {
            member.start();
        }
    }

    /** Whether this instance harvests the source. */
    public boolean owns(String sourceId) {
        return ownedPartitions.contains(partitionOf(sourceId));
    }

    public Set<Integer> ownedPartitions() {
        return Set.copyOf(ownedPartitions);
    }

    /** The partition a source's id is written to, as Kafka's default partitioner places a keyed record. */
    static int partitionOf(String sourceId) {
        return Utils.toPositive(Utils.murmur2(sourceId.getBytes(StandardCharsets.UTF_8))) % Topics.spec(Topics.SOURCES).partitions();
    }

    private void stayInGroup() {
        try {
            consumer.subscribe(java.util.List.of(Topics.SOURCES), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    partitions.forEach(p -> ownedPartitions.remove(p.partition()));
                    LOG.infof("no longer harvesting the sources of partitions %s", partitions);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    partitions.forEach(p -> ownedPartitions.add(p.partition()));
                    LOG.infof("harvesting the sources of partitions %s of %d", ownedPartitions, partitionCount);
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> partitions) {
                    onPartitionsRevoked(partitions);
                }
            });
            while (!closed) {
                try {
                    consumer.poll(Duration.ofMillis(500));
                } catch (WakeupException e) {
                    break;
                } catch (RuntimeException e) {
                    LOG.warnf("source ownership: %s; trying again", e.getMessage());
                    ownedPartitions.clear();
                    sleep();
                }
            }
        } finally {
            ownedPartitions.clear();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Properties config(String bootstrapServers, Duration sessionTimeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(500, sessionTimeout.toMillis() / 4));
        return config;
    }

    @Override
    @PreDestroy
    public void close() {
        closed = true;
        if (!member.isAlive()) {
            consumer.close(Duration.ZERO);
            return;
        }
        consumer.wakeup();
        try {
            member.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
