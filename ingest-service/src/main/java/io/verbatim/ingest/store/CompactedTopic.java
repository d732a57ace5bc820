package io.verbatim.ingest.store;

import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.Topics.TopicSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * A compacted Kafka topic read as a map: every instance reads it whole at start, then follows it, so what one
 * instance writes the others see. A write returns once the broker has it; a tombstone removes a key.
 * Values are JSON of one type.
 */
public final class CompactedTopic<V> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CompactedTopic.class);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);

    private final TopicSpec spec;
    private final Class<V> type;
    private final String bootstrapServers;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final KafkaProducer<String, byte[]> producer;
    private final Thread follower;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean closed;
    private volatile String loadProblem = "not read yet";

    private record Entry<V>(V value, long offset) {
    }

    public CompactedTopic(String bootstrapServers, TopicSpec spec, Class<V> type) {
        this.bootstrapServers = bootstrapServers;
        this.spec = spec;
        this.type = type;
        this.producer = new KafkaProducer<>(producerConfig(bootstrapServers), new StringSerializer(), new ByteArraySerializer());
        this.follower = Thread.ofPlatform().daemon().name("follow-" + spec.name()).unstarted(this::follow);
    }

    /** Starts reading the topic in the background; {@link #awaitLoaded} waits until all of it has been read. */
    public CompactedTopic<V> start() {
        follower.start();
        return this;
    }

    public void awaitLoaded(Duration timeout) throws TopicNotLoadedException {
        try {
            if (!loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TopicNotLoadedException("cannot read " + spec.name() + " from Kafka at " + bootstrapServers + ": " + loadProblem);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicNotLoadedException("interrupted while reading " + spec.name());
        }
    }

    public boolean isLoaded() {
        return loaded.getCount() == 0;
    }

    public Optional<V> get(String key) {
        Entry<V> entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    public Map<String, V> snapshot() {
        Map<String, V> copy = new java.util.TreeMap<>();
        entries.forEach((key, entry) -> copy.put(key, entry.value()));
        return copy;
    }

    /** Writes the value and waits for the broker to acknowledge it. */
    public void put(String key, V value) throws StoreWriteException {
        RecordMetadata written = send(key, EventJson.toBytes(value));
        entries.merge(key, new Entry<>(value, written.offset()), CompactedTopic::newer);
    }

    public void remove(String key) throws StoreWriteException {
        send(key, null);
        entries.remove(key);
    }

    private RecordMetadata send(String key, byte[] value) throws StoreWriteException {
        try {
            return producer.send(new ProducerRecord<>(spec.name(), key, value)).get(WRITE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new StoreWriteException("cannot write " + key + " to " + spec.name() + ": " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreWriteException("interrupted while writing " + key + " to " + spec.name(), e);
        }
    }

    private static <V> Entry<V> newer(Entry<V> current, Entry<V> candidate) {
        return candidate.offset() >= current.offset() ? candidate : current;
    }

    private void follow() {
        while (!closed) {
            try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(consumerConfig(bootstrapServers),
                    new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer = reader;
                ensureTopic();
                List<TopicPartition> partitions = reader.partitionsFor(spec.name(), Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                reader.assign(partitions);
                reader.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = reader.endOffsets(partitions);
                while (!closed) {
                    reader.poll(POLL).forEach(this::apply);
                    if (loaded.getCount() > 0 && partitions.stream().allMatch(p -> reader.position(p) >= end.get(p))) {
                        LOG.infof("read %d entries of %s", entries.size(), spec.name());
                        loaded.countDown();
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                loadProblem = e.getMessage();
                LOG.warnf("cannot follow %s (%s); trying again", spec.name(), e.getMessage());
                sleepQuietly(Duration.ofSeconds(2));
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            entries.computeIfPresent(record.key(), (key, entry) -> entry.offset() <= record.offset() ? null : entry);
            return;
        }
        try {
            V value = EventJson.fromBytes(record.value(), type);
            entries.merge(record.key(), new Entry<>(value, record.offset()), CompactedTopic::newer);
        } catch (RuntimeException e) {
            LOG.errorf("%s offset %d (key %s) is not a %s and is ignored: %s", spec.name(), record.offset(), record.key(),
                    type.getSimpleName(), e.getMessage());
        }
    }

    private void ensureTopic() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic(spec.name(), spec.partitions(), (short) 1).configs(spec.config())))
                    .all().get(30, TimeUnit.SECONDS);
            LOG.infof("created topic %s", spec.name());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + spec.name() + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer in 30 s while creating " + spec.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Properties producerConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return config;
    }

    private static Properties consumerConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    @Override
    public void close() {
        closed = true;
        KafkaConsumer<String, byte[]> reader = consumer;
        if (reader != null) {
            reader.wakeup();
        }
        try {
            follower.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
