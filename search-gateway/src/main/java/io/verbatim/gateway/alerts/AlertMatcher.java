package io.verbatim.gateway.alerts;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.IndexedEvent;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.Topics;
import io.verbatim.gateway.service.SearchRequest;
import io.verbatim.gateway.service.SearchResult;
import io.verbatim.gateway.service.SearchService;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs every alert against each record as it becomes searchable, driven by {@code verbatim.indexed} (not by
 * polling Elasticsearch on a timer): the alert's search, narrowed to the new record's speech turns. Matches go
 * to the alert's event stream at once and to its webhook on a worker, so a slow receiver holds up no one.
 * The consumer group ({@value #GROUP}) commits after each batch, so after a restart the gateway goes on from
 * where it was; with several gateway instances, run the matcher on one ({@code verbatim.alerts.enabled}).
 */
@ApplicationScoped
public class AlertMatcher {

    static final String GROUP = "search-gateway-alerts";
    private static final Logger LOG = Logger.getLogger(AlertMatcher.class);
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(5);
    private static final int MAX_TURNS = 100;

    private final AlertStore store;
    private final AlertStreams streams;
    private final WebhookSender webhooks;
    private final SearchService search;
    private final ElasticsearchClient client;
    private final String bootstrapServers;
    private final boolean enabled;
    private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean closed;
    private volatile boolean assigned;

    public AlertMatcher(AlertStore store, AlertStreams streams, WebhookSender webhooks, SearchService search, ElasticsearchClient client,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "verbatim.alerts.enabled", defaultValue = "true") boolean enabled) {
        this.store = store;
        this.streams = streams;
        this.webhooks = webhooks;
        this.search = search;
        this.client = client;
        this.bootstrapServers = bootstrapServers;
        this.enabled = enabled;
    }

    /** Whether the matcher follows {@code verbatim.indexed} now (its consumer has partitions). */
    public boolean isFollowing() {
        return assigned;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            Thread.ofPlatform().daemon().name("alert-matcher").start(this::follow);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        closed = true;
        KafkaConsumer<String, byte[]> running = consumer;
        if (running != null) {
            running.wakeup();
        }
        deliveries.shutdown();
    }

    private void follow() {
        while (!closed) {
            try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(config(), new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer = reader;
                reader.subscribe(List.of(Topics.INDEXED), new org.apache.kafka.clients.consumer.ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(java.util.Collection<org.apache.kafka.common.TopicPartition> partitions) {
                        assigned = false;
                    }

                    @Override
                    public void onPartitionsAssigned(java.util.Collection<org.apache.kafka.common.TopicPartition> partitions) {
                        assigned = !partitions.isEmpty();
                    }
                });
                while (!closed) {
                    for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(500))) {
                        onIndexed(record);
                    }
                    reader.commitSync();
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                assigned = false;
                LOG.warnf("alert matcher: %s; starting again", e.getMessage());
                sleep(Duration.ofSeconds(2));
            }
        }
    }

    private void onIndexed(ConsumerRecord<String, byte[]> record) {
        try {
            IndexedEvent indexed = EventJson.fromBytes(record.value(), IndexedEvent.class);
            List<Alert> alerts = store.all();
            if (alerts.isEmpty() || indexed.speechCount() == 0) {
                return;
            }
            awaitVisible(indexed);
            for (Alert alert : alerts) {
                match(alert, indexed);
            }
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            LOG.errorf("alert matcher: cannot match record %s: %s %s", record.key(), e.getMessage(),
                    e.error().rootCause().stream().map(cause -> cause.reason()).toList());
        } catch (IOException | RuntimeException e) {
            LOG.errorf("alert matcher: cannot match record %s: %s", record.key(), e.getMessage());
        }
    }

    /** The indexed event follows Elasticsearch's acknowledgement; a search sees the turns after its next refresh. */
    private void awaitVisible(IndexedEvent indexed) throws IOException {
        Instant deadline = Instant.now().plus(VISIBLE_WITHIN);
        while (turnsVisible(indexed.recordId()) < indexed.speechCount() && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(200));
        }
    }

    private long turnsVisible(String recordId) throws IOException {
        return client.count(count -> count.index(Indices.SPEECHES.alias())
                .query(query -> query.term(term -> term.field("recordId").value(recordId)))).count();
    }

    private void match(Alert alert, IndexedEvent indexed) throws IOException {
        Map<String, String> filters = new HashMap<>(alert.filters());
        filters.put("recordId", indexed.recordId());
        SearchResult result = search.search(SearchRequest.of(alert.query(), "speeches", filters, null, null, 0, MAX_TURNS));
        if (result.hits().isEmpty()) {
            return;
        }
        AlertMatch match = new AlertMatch(alert.id(), indexed.recordId(), indexed.symbol(), indexed.language(), indexed.indexedAt(),
                result.hits());
        streams.publish(match);
        record(alert.id(), delivery -> new Alert.Delivery(delivery.matches() + 1, delivery.delivered(), delivery.failed(), Instant.now(),
                delivery.lastDeliveredAt(), delivery.lastError(), delivery.lastErrorAt()));
        if (alert.webhook() != null) {
            deliveries.submit(() -> deliver(alert, match));
        }
    }

    private void deliver(Alert alert, AlertMatch match) {
        try {
            String failure = webhooks.deliver(alert, match);
            if (failure == null) {
                record(alert.id(), d -> new Alert.Delivery(d.matches(), d.delivered() + 1, d.failed(), d.lastMatchAt(), Instant.now(),
                        d.lastError(), d.lastErrorAt()));
            } else {
                LOG.warnf("alert %s: webhook failed: %s", alert.id(), failure);
                record(alert.id(), d -> new Alert.Delivery(d.matches(), d.delivered(), d.failed() + 1, d.lastMatchAt(), d.lastDeliveredAt(),
                        failure, Instant.now()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the alert's delivery figures; one at a time, so that concurrent deliveries do not overwrite each other. */
    private synchronized void record(String alertId, java.util.function.UnaryOperator<Alert.Delivery> change) {
        try {
            store.find(alertId).ifPresent(current -> {
                try {
                    store.save(current.withDelivery(change.apply(current.delivery())));
                } catch (IOException e) {
                    LOG.warnf("alert %s: cannot keep its delivery figures: %s", alertId, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warnf("alert %s: cannot read it: %s", alertId, e.getMessage());
        }
    }

    private Properties config() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return config;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
