package io.verbatim.systemtests;

import io.verbatim.testsupport.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole system for end-to-end tests: real Kafka and Elasticsearch from test-support, and the four
 * packaged services as processes sharing one data folder. Started once per test JVM.
 */
final class RunningPipeline {

    private static RunningPipeline shared;

    private final TestInfrastructure infrastructure;
    private static final String DATA_FILESYSTEM_SIZE = "2g";

    private final Path dataDir;
    private final boolean smallDataFilesystem;
    private final List<ServiceProcess> services;
    private final ServiceProcess ingest;
    private final ServiceProcess gateway;
    private final Path repoRoot;
    private final Path logs;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final TraceCollector traces;
    private final Map<String, String> commonProperties;
    private final Map<String, String> ingestProperties;
    private final List<ServiceProcess> extraInstances = new CopyOnWriteArrayList<>();

    private RunningPipeline(TestInfrastructure infrastructure, Path dataDir, boolean smallDataFilesystem, Path repoRoot, Path logs,
                            TraceCollector traces, Map<String, String> commonProperties,
                            Map<String, String> ingestProperties, ServiceProcess ingest, ServiceProcess parse, ServiceProcess index,
                            ServiceProcess gateway) {
        this.infrastructure = infrastructure;
        this.dataDir = dataDir;
        this.smallDataFilesystem = smallDataFilesystem;
        this.repoRoot = repoRoot;
        this.logs = logs;
        this.traces = traces;
        this.commonProperties = commonProperties;
        this.ingestProperties = ingestProperties;
        this.ingest = ingest;
        this.gateway = gateway;
        this.services = List.of(ingest, parse, index, gateway);
    }

    static synchronized RunningPipeline shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the pipeline", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-pipeline"));
        }
        return shared;
    }

    private static RunningPipeline start() throws IOException {
        TestInfrastructure infrastructure = TestInfrastructure.all();
        Path repoRoot = repoRoot();
        Path runDir = Files.createDirectories(repoRoot.resolve("system-tests/target/pipeline"));
        ServiceProcess.killLeftovers(runDir);
        SmallFilesystem.unmountLeftovers(runDir);
        Path dataDir = Files.createTempDirectory(runDir, "data");
        // Blobs and inbox on a file system of their own, so that the disk-full test can fill it.
        boolean smallDataFilesystem = SmallFilesystem.mount(dataDir, DATA_FILESYSTEM_SIZE);
        Path logs = dataDir.resolveSibling(dataDir.getFileName() + "-logs");
        TraceCollector traces = TraceCollector.start();
        Map<String, String> common = Map.of(
                "kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers(),
                "quarkus.elasticsearch.hosts", infrastructure.elasticsearchHostAndPort(),
                "verbatim.data-dir", dataDir.toString(),
                // traces on, as an operator switches them on, sent to the test's collector without delay
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                "quarkus.otel.exporter.otlp.endpoint", traces.endpoint(),
                "quarkus.otel.bsp.schedule.delay", "200ms");
        Map<String, String> ingestOnly = new HashMap<>(common);
        ingestOnly.put("verbatim.inbox.poll-interval", "200ms");
        ingestOnly.put("verbatim.inbox.settle-time", "200ms");
        ingestOnly.put("verbatim.harvest.tick", "200ms");
        ingestOnly.put("verbatim.harvest.session-timeout", "6s");
        // The shared instance takes drops and uploads; harvests run on instances the harvest tests start and may kill.
        ingestOnly.put("verbatim.harvest.enabled", "false");
        var ingest = ServiceProcess.start(repoRoot, logs, "ingest-service", freePort(), ingestOnly);
        var parse = ServiceProcess.start(repoRoot, logs, "parse-service", freePort(), common);
        var index = ServiceProcess.start(repoRoot, logs, "index-service", freePort(), common);
        var gateway = ServiceProcess.start(repoRoot, logs, "search-gateway", freePort(), common);
        RunningPipeline pipeline = new RunningPipeline(infrastructure, dataDir, smallDataFilesystem, repoRoot, logs, traces, common, ingestOnly, ingest, parse,
                index, gateway);
        try {
            pipeline.services.forEach(ServiceProcess::awaitReady);
        } catch (RuntimeException e) {
            pipeline.stop();
            throw e;
        }
        return pipeline;
    }

    TestInfrastructure infrastructure() {
        return infrastructure;
    }

    String gatewayUrl() {
        return gateway.baseUrl();
    }

    String ingestUrl() {
        return ingest.baseUrl();
    }

    /** Where every service of the pipeline exports its spans. */
    TraceCollector traces() {
        return traces;
    }

    /** The running instance of a module: {@code ingest-service}, {@code parse-service}, ... */
    ServiceProcess service(String module) {
        return services.stream().filter(service -> service.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + module));
    }

    /** One more ingest-service instance, harvesting, on the same Kafka and data folder, ready; stopped with the pipeline. */
    ServiceProcess startHarvestingIngest(String name) throws IOException {
        Map<String, String> properties = new HashMap<>(ingestProperties);
        properties.put("verbatim.harvest.enabled", "true");
        properties.put("verbatim.inbox.enabled", "false");
        return startExtra("ingest-service", name, properties);
    }

    /** A second instance of parse-service or index-service, in the same consumer group; ready; stopped with the pipeline. */
    ServiceProcess startAnother(String module, String name) throws IOException {
        return startExtra(module, name, commonProperties);
    }

    private ServiceProcess startExtra(String module, String name, Map<String, String> properties) throws IOException {
        ServiceProcess another = ServiceProcess.start(repoRoot, logs, module, name, freePort(), properties);
        extraInstances.add(another);
        another.awaitReady();
        return another;
    }


    /** The checkout the services were packaged in. */
    Path repositoryRoot() {
        return repoRoot;
    }

    /** The data folder of the services: blobs and inbox. */
    Path dataDir() {
        return dataDir;
    }

    /** Whether {@link #dataDir()} is a file system of its own ({@value #DATA_FILESYSTEM_SIZE}) that a test may fill. */
    boolean hasSmallDataFilesystem() {
        return smallDataFilesystem;
    }

    Path inbox() {
        return dataDir.resolve("inbox");
    }

    /** Drops a file into the inbox the way a careful operator does: written aside, then moved in at once. */
    Path drop(String fileName, byte[] content) throws IOException {
        Files.createDirectories(inbox());
        Path aside = Files.write(inbox().resolve("." + fileName + ".part"), content);
        return Files.move(aside, inbox().resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Uploads a text record to the shared ingest-service, as a client of {@code POST /api/ingest} does. */
    HttpResponse<String> upload(String fileName, byte[] text) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ingestUrl() + "/api/ingest?fileName=" + fileName))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(text)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String logs() {
        StringBuilder all = new StringBuilder();
        services.forEach(service -> all.append(service.tail()).append('\n'));
        return all.toString();
    }

    private void stop() {
        extraInstances.forEach(ServiceProcess::stop);
        services.forEach(ServiceProcess::stop);
        traces.close();
        if (smallDataFilesystem) {
            SmallFilesystem.unmount(dataDir);
        }
    }

    private static Path repoRoot() {
        String configured = System.getProperty("verbatim-build.repo-root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (the folder with mvnw) above "
                    + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
