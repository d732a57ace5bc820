package io.verbatim.testsupport;

import io.verbatim.admin.TopicProvisioner;
import io.verbatim.supervisor.RepositoryLayout;
import io.verbatim.supervisor.RunFolder;
import io.verbatim.testsupport.containers.ContainerElasticsearchNode;
import io.verbatim.testsupport.containers.ContainerKafkaBroker;
import io.verbatim.testsupport.nativeprocess.NativeElasticsearchNode;
import io.verbatim.testsupport.nativeprocess.NativeKafkaBroker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.DockerClientFactory;

/**
 * The real Kafka and Elasticsearch of a test JVM: one of each per JVM, started on first use (in parallel when both
 * are asked for at once), topics of {@code Topics.ALL} created, stopped by a shutdown hook.
 *
 * <pre>{@code
 * TestInfrastructure infra = TestInfrastructure.all();
 * infra.kafkaBootstrapServers();   // 127.0.0.1:40123
 * infra.elasticsearchUrl();        // http://127.0.0.1:40567
 * infra.kafka().kill();            // native mode: a separate process, on the same port after start()
 * }</pre>
 *
 * Which kind is decided by {@code -Dinfra.mode} (see {@link InfraMode}) and printed when first used. A component
 * that fails to start makes every test that needs it fail, with the reason and the tail of its log.
 */
public final class TestInfrastructure {

    private static final String TAG = "[verbatim-test-infra] ";
    private static TestInfrastructure shared;

    private final InfraMode mode;
    /** Set before the start threads run, read by them: the main thread waits for them holding the lock. */
    private volatile RunFolder run;
    private KafkaBroker kafka;
    private ElasticsearchNode elasticsearch;
    private RuntimeException kafkaFailure;
    private RuntimeException elasticsearchFailure;

    private TestInfrastructure(InfraMode mode) {
        this.mode = mode;
    }

    /** The shared infrastructure with Kafka running. */
    public static TestInfrastructure kafkaOnly() {
        return shared().ensure(true, false);
    }

    /** The shared infrastructure with Elasticsearch running. */
    public static TestInfrastructure elasticsearchOnly() {
        return shared().ensure(false, true);
    }

    /** The shared infrastructure with both running. */
    public static TestInfrastructure all() {
        return shared().ensure(true, true);
    }

    /** {@link InfraMode#NATIVE} or {@link InfraMode#CONTAINERS}: what {@code auto} resolved to. */
    public InfraMode mode() {
        return mode;
    }

    /** The folder of this JVM's native processes ({@code target/verbatim-it/run-...}); empty with containers. */
    public synchronized Optional<Path> nativeRunFolder() {
        return Optional.ofNullable(run).map(RunFolder::dir);
    }

    public synchronized KafkaBroker kafka() {
        if (kafka == null) {
            throw new IllegalStateException("Kafka was not asked for: use TestInfrastructure.kafkaOnly() or all()");
        }
        return kafka;
    }

    public synchronized ElasticsearchNode elasticsearch() {
        if (elasticsearch == null) {
            throw new IllegalStateException(
                    "Elasticsearch was not asked for: use TestInfrastructure.elasticsearchOnly() or all()");
        }
        return elasticsearch;
    }

    public String kafkaBootstrapServers() {
        return kafka().bootstrapServers();
    }

    /** {@code 127.0.0.1:PORT}, the form {@code quarkus.elasticsearch.hosts} takes. */
    public String elasticsearchHostAndPort() {
        return elasticsearch().hostAndPort();
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String elasticsearchUrl() {
        return elasticsearch().url();
    }

    /** Stops both; the shutdown hook calls it, a test that wants them gone earlier may too. */
    public synchronized void stop() {
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        if (kafka != null) {
            stops.add(CompletableFuture.runAsync(kafka::stop, newThread("stop-kafka")));
        }
        if (elasticsearch != null) {
            stops.add(CompletableFuture.runAsync(elasticsearch::stop, newThread("stop-elasticsearch")));
        }
        stops.forEach(stop -> {
            try {
                stop.join();
            } catch (CompletionException e) {
                System.err.println(TAG + "stopping failed: " + e.getCause());
            }
        });
        kafka = null;
        elasticsearch = null;
    }

    private static synchronized TestInfrastructure shared() {
        if (shared == null) {
            shared = new TestInfrastructure(resolveMode());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "verbatim-test-infra-stop"));
        }
        return shared;
    }

    private synchronized TestInfrastructure ensure(boolean wantKafka, boolean wantElasticsearch) {
        rethrowEarlierFailures(wantKafka, wantElasticsearch);
        if (mode == InfraMode.NATIVE && run == null) {
            run = RunFolder.create();
            System.err.println(TAG + "native processes' folders, logs and pid files: " + run.dir());
        }
        CompletableFuture<KafkaBroker> kafkaStart = wantKafka && kafka == null
                ? CompletableFuture.supplyAsync(timed("Kafka", this::startKafka), newThread("start-kafka"))
                : CompletableFuture.completedFuture(kafka);
        CompletableFuture<ElasticsearchNode> elasticsearchStart = wantElasticsearch && elasticsearch == null
                ? CompletableFuture.supplyAsync(timed("Elasticsearch", this::startElasticsearch),
                        newThread("start-elasticsearch"))
                : CompletableFuture.completedFuture(elasticsearch);
        try {
            kafka = kafkaStart.join();
        } catch (CompletionException e) {
            kafkaFailure = asRuntime(e.getCause());
        }
        try {
            elasticsearch = elasticsearchStart.join();
        } catch (CompletionException e) {
            elasticsearchFailure = asRuntime(e.getCause());
        }
        rethrowEarlierFailures(wantKafka, wantElasticsearch);
        return this;
    }

    private KafkaBroker startKafka() {
        KafkaBroker broker;
        if (mode == InfraMode.CONTAINERS) {
            broker = ContainerKafkaBroker.launch();
        } else {
            broker = NativeKafkaBroker.create(RepositoryLayout.locate(), run.resolve("kafka"));
            broker.start();
        }
        try {
            provisionTopics(broker.bootstrapServers());
        } catch (RuntimeException | Error e) {
            // nothing else holds the broker yet: stop it, or it outlives this JVM
            broker.stop();
            throw e;
        }
        System.err.println(TAG + "Kafka at " + broker.bootstrapServers() + ", topics of Topics.ALL created");
        return broker;
    }

    /** The same provisioning as {@code verbatim-admin topics}. */
    private static void provisionTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            new TopicProvisioner(admin).provisionAll();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the topics on " + bootstrapServers + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the topics", e);
        }
    }

    private ElasticsearchNode startElasticsearch() {
        ElasticsearchNode node = mode == InfraMode.CONTAINERS
                ? ContainerElasticsearchNode.launch()
                : NativeElasticsearchNode.start(RepositoryLayout.locate(), run);
        System.err.println(TAG + "Elasticsearch at " + node.url());
        return node;
    }

    private void rethrowEarlierFailures(boolean wantKafka, boolean wantElasticsearch) {
        if (wantKafka && kafkaFailure != null) {
            throw new IllegalStateException("Kafka (" + mode + ") failed to start in this JVM: "
                    + kafkaFailure.getMessage(), kafkaFailure);
        }
        if (wantElasticsearch && elasticsearchFailure != null) {
            throw new IllegalStateException("Elasticsearch (" + mode + ") failed to start in this JVM: "
                    + elasticsearchFailure.getMessage(), elasticsearchFailure);
        }
    }

    private static InfraMode resolveMode() {
        InfraMode requested = InfraMode.fromSystemProperty();
        if (requested == InfraMode.NATIVE) {
            announce("NATIVE processes", "-D" + InfraMode.PROPERTY + "=native");
            return InfraMode.NATIVE;
        }
        boolean docker = DockerClientFactory.instance().isDockerAvailable();
        if (requested == InfraMode.CONTAINERS) {
            if (!docker) {
                throw new IllegalStateException("-D" + InfraMode.PROPERTY + "=containers, but no Docker engine "
                        + "answers; start one, or run with -D" + InfraMode.PROPERTY + "=native (or auto)");
            }
            announce("CONTAINERS (Testcontainers)", "-D" + InfraMode.PROPERTY + "=containers");
            return InfraMode.CONTAINERS;
        }
        if (docker) {
            announce("CONTAINERS (Testcontainers)", InfraMode.PROPERTY + "=auto and a Docker engine answers");
            return InfraMode.CONTAINERS;
        }
        announce("NATIVE processes", InfraMode.PROPERTY + "=auto and no Docker engine answers");
        return InfraMode.NATIVE;
    }

    private static void announce(String what, String why) {
        String line = "=".repeat(78);
        System.err.println(line + "\n" + TAG + "Kafka and Elasticsearch for tests: " + what + "\n" + TAG
                + "because " + why + "\n" + line);
    }

    private static <T> Supplier<T> timed(String component, Supplier<T> start) {
        return () -> {
            long began = System.nanoTime();
            T started = start.get();
            System.err.printf("%s%s ready in %d ms%n", TAG, component, (System.nanoTime() - began) / 1_000_000);
            return started;
        };
    }

    private static Executor newThread(String name) {
        return task -> Thread.ofPlatform().daemon().name("verbatim-test-infra-" + name).start(task);
    }

    private static RuntimeException asRuntime(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
