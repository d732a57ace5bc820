package io.verbatim.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds a new generation of both indices while search and live indexing go on, then swaps the aliases to it
 * in one atomic request and drops the old generation.
 *
 * <p>The source of truth is the {@code verbatim.parsed} topic, compacted by record: it holds the latest parsed
 * version (or withdrawal) of every record. The reindex reads it from the start into the new indices, created
 * from today's definitions; meanwhile live indexing writes to the old generation through the aliases. Once the
 * copy has caught up with the topic the aliases move, and the copy reads on until it has caught up again, so a
 * record parsed during the swap reaches the new generation too. Writes carry the record's version, so a record
 * written by both the copy and live indexing ends as its newest version.
 */
@ApplicationScoped
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class);
    private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final RecordIndexer indexer;
    private final String bootstrapServers;
    private final AtomicReference<ReindexStatus> status = new AtomicReference<>(ReindexStatus.idle());
    private volatile Thread worker;

    public Reindexer(ElasticsearchClient client, RecordIndexer indexer,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.client = client;
        this.indexer = indexer;
        this.bootstrapServers = bootstrapServers;
    }

    public ReindexStatus status() {
        return status.get();
    }

    /** Starts a reindex in the background; refused while one runs. */
    public synchronized ReindexStatus start() throws IOException {
        if (status.get().isRunning()) {
            throw new ReindexRunningException("a reindex is running (" + status.get().state() + ", " + status.get().copied() + " of "
                    + status.get().total() + "); wait for it to finish");
        }
        String suffix = "-r" + GENERATION.format(Instant.now());
        Map<Indices, String> generation = new EnumMap<>(Indices.class);
        Map<String, String> replaced = new LinkedHashMap<>();
        for (Indices index : Indices.values()) {
            generation.put(index, index.index() + suffix);
            replaced.put(index.alias(), currentIndexOf(index));
        }
        Map<String, String> names = new LinkedHashMap<>();
        generation.forEach((index, name) -> names.put(index.alias(), name));
        status.set(new ReindexStatus("copying", names, replaced, 0, 0, Instant.now(), null, null));
        for (Map.Entry<Indices, String> created : generation.entrySet()) {
            client.indices().create(request -> request.index(created.getValue()).withJson(new StringReader(created.getKey().definition())));
        }
        IndexTargets targets = new IndexTargets(generation.get(Indices.DOCUMENTS), generation.get(Indices.SPEECHES));
        worker = Thread.ofPlatform().name("reindex").daemon().start(() -> run(targets, replaced));
        LOG.infof("reindex started into %s", names);
        return status.get();
    }

    private void run(IndexTargets targets, Map<String, String> replaced) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PARSED, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            status.updateAndGet(s -> new ReindexStatus(s.state(), s.generation(), s.replaced(), 0, total, s.startedAt(), null, null));
            copyUntil(consumer, end, targets);
            status.updateAndGet(s -> s.withState("swapping"));
            // What was copied must be visible the moment the aliases move, not a refresh interval later.
            client.indices().refresh(request -> request.index(targets.documents(), targets.speeches()));
            swapAliases(targets, replaced);
            status.updateAndGet(s -> s.withState("draining"));
            copyUntil(consumer, consumer.endOffsets(partitions), targets);
            dropReplaced(replaced);
            status.updateAndGet(s -> s.withState("done"));
            LOG.infof("reindex done: %d parsed events into %s", status.get().copied(), targets);
        } catch (Exception e) {
            LOG.errorf(e, "reindex failed: %s; the aliases %s", e.getMessage(),
                    status.get().state().equals("copying") ? "still point at the old generation" : "point at the new generation");
            status.updateAndGet(s -> s.failed(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** Copies, a poll at a time, until every partition has been read up to {@code end} (it may read further). */
    private void copyUntil(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end, IndexTargets targets) throws IOException {
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            List<ParsedEvent> events = new ArrayList<>();
            int polled = 0;
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                polled++;
                readable(record).filter(e -> e.deleted() || e.record() != null).ifPresent(events::add);
            }
            if (!events.isEmpty()) {
                indexer.indexAll(events, targets).values().stream().filter(r -> r.outcome() == IndexOutcome.REFUSED)
                        .forEach(r -> LOG.warnf("reindex: %s; left out of the new generation", r.failure()));
            }
            int copied = polled;
            status.updateAndGet(s -> s.withCopied(s.copied() + copied));
        }
    }

    private static java.util.Optional<ParsedEvent> readable(ConsumerRecord<String, byte[]> record) {
        try {
            return java.util.Optional.of(EventJson.fromBytes(record.value(), ParsedEvent.class));
        } catch (RuntimeException e) {
            LOG.warnf("reindex: %s offset %d of partition %d is not a parsed event (it is on %s); skipped", Topics.PARSED,
                    record.offset(), record.partition(), Topics.INDEX_DLQ);
            return java.util.Optional.empty();
        }
    }

    /** Both aliases move in one request: a search sees the old generation or the new one, never neither. */
    private void swapAliases(IndexTargets targets, Map<String, String> replaced) throws IOException {
        List<Action> actions = new ArrayList<>();
        for (Indices index : Indices.values()) {
            String old = replaced.get(index.alias());
            if (old != null) {
                actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(index.alias()))));
            }
            actions.add(Action.of(a -> a.add(add -> add.index(targets.of(index)).alias(index.alias()))));
        }
        client.indices().updateAliases(request -> request.actions(actions));
        LOG.infof("aliases swapped to %s", targets);
    }

    private void dropReplaced(Map<String, String> replaced) throws IOException {
        for (String old : replaced.values()) {
            if (old != null) {
                client.indices().delete(request -> request.index(old));
                LOG.infof("dropped the old generation %s", old);
            }
        }
    }

    private String currentIndexOf(Indices index) throws IOException {
        if (!client.indices().existsAlias(request -> request.name(index.alias())).value()) {
            return null;
        }
        return client.indices().getAlias(request -> request.name(index.alias())).aliases().keySet().stream().findFirst().orElse(null);
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        return config;
    }

    @PreDestroy
    void stop() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    /** A second reindex asked for while one runs. */
    public static class ReindexRunningException extends RuntimeException {
        public ReindexRunningException(String message) {
            super(message);
        }
    }
}
