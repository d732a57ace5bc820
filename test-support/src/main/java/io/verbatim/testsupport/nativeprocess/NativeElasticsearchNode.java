package io.verbatim.testsupport.nativeprocess;

import static org.awaitility.Awaitility.await;

import io.verbatim.testsupport.ElasticsearchNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One Elasticsearch node as a daemon ({@code bin/elasticsearch -d -p es.pid}) with its own config, data and logs,
 * on a port it picks itself ({@code http.port=0}, read back from {@code logs/http.ports}). Stopped by its pid.
 */
public final class NativeElasticsearchNode implements ElasticsearchNode {

    /** Heap of the node, e.g. {@code 256m}. */
    public static final String HEAP_PROPERTY = "verbatim.es.heap";

    private static final String CLUSTER = "verbatim-it";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final ElasticsearchPlacement placement;
    private final ElasticsearchAccount account;
    private final Path runDir;
    private final Path startLog;
    private String hostAndPort;

    private NativeElasticsearchNode(ElasticsearchPlacement placement, ElasticsearchAccount account, Path runDir, Path startLog) {
        this.placement = placement;
        this.account = account;
        this.runDir = runDir;
        this.startLog = startLog;
    }

    /** Starts a node for this run and returns once it answers {@code GET /_cluster/health}. */
    public static NativeElasticsearchNode start(RepositoryLayout layout, RunFolder run) {
        Path startLog = run.resolve("elasticsearch-start.log");
        ElasticsearchAccount account = ElasticsearchAccount.forCurrentUser(startLog);
        ElasticsearchPlacement placement = ElasticsearchPlacement.decide(layout, run, account);
        NativeElasticsearchNode node = new NativeElasticsearchNode(placement, account, run.dir(), startLog);
        node.prepareFolder();
        node.launch("0");
        node.hostAndPort = node.readHttpAddress();
        node.awaitHealthy();
        return node;
    }

    @Override
    public String hostAndPort() {
        return hostAndPort;
    }

    /** The node's main log; copied into the run folder when the node stops if it ran from a staged folder. */
    public Path log() {
        return placement.node().resolve("logs").resolve(CLUSTER + ".log");
    }

    @Override
    public synchronized void stop() {
        pid().ifPresent(Processes::terminate);
        if (placement.staged() && Files.isDirectory(placement.node())) {
            keepLogs();
            StaleRuns.deleteTree(placement.node());
        }
    }

    @Override
    public synchronized void halt() {
        pid().ifPresent(Processes::terminate);
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        launch(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
        awaitHealthy();
    }

    @Override
    public synchronized boolean isRunning() {
        return pid().filter(ProcessHandle::isAlive).isPresent();
    }

    private Optional<ProcessHandle> pid() {
        return Processes.fromPidFile(placement.node().resolve("es.pid"));
    }

    private void prepareFolder() {
        Path node = placement.node();
        try {
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(node.resolve(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + node, e);
        }
        // a node rewrites its config on first start when security is on: each node gets its own copy
        ElasticsearchPlacement.copyTree(placement.home().resolve("config"), node.resolve("config"));
        account.own(node);
    }

    /** @param httpPort {@code 0} lets the node choose; read it back with {@link #readHttpAddress()} */
    private void launch(String httpPort) {
        Path node = placement.node();
        String heap = System.getProperty(HEAP_PROPERTY, "256m");
        List<String> env = List.of(
                "ES_JAVA_HOME=" + System.getProperty("java.home"),
                "ES_PATH_CONF=" + node.resolve("config"),
                "ES_TMPDIR=" + node.resolve("tmp"),
                "CLI_JAVA_OPTS=-Djava.io.tmpdir=" + node.resolve("tmp"),
                // C1 only: a test node starts often and indexes little
                "ES_JAVA_OPTS=-Xms" + heap + " -Xmx" + heap + " -XX:TieredStopAtLevel=1");
        List<String> command = new ArrayList<>(List.of(
                placement.home().resolve("bin/elasticsearch").toString(), "-d", "-p", node.resolve("es.pid").toString(),
                "-E", "cluster.name=" + CLUSTER,
                "-E", "node.name=" + CLUSTER,
                "-E", "discovery.type=single-node",
                "-E", "xpack.security.enabled=false",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=0",
                "-E", "node.portsfile=true",
                "-E", "path.data=" + node.resolve("data"),
                "-E", "path.logs=" + node.resolve("logs"),
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        int exit = Processes.run(account.command(env, command), startLog, START_TIMEOUT);
        if (exit != 0) {
            stop();
            throw new IllegalStateException("Elasticsearch did not start (exit code " + exit + ", running as "
                    + account.name() + ")\n" + LogTail.of(startLog) + "\n" + LogTail.of(log()));
        }
    }

    private String readHttpAddress() {
        Path ports = placement.node().resolve("logs/http.ports");
        try {
            return Files.readAllLines(ports, StandardCharsets.US_ASCII).stream()
                    .map(String::trim)
                    .filter(line -> line.startsWith("127.0.0.1:"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no 127.0.0.1 address in " + ports));
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("Elasticsearch started but wrote no " + ports + "\n" + LogTail.of(log()), e);
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            await("Elasticsearch at " + hostAndPort + " answering GET /_cluster/health")
                    .atMost(READY_TIMEOUT)
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(() -> http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (ConditionTimeoutException e) {
            stop();
            throw new IllegalStateException("Elasticsearch at " + hostAndPort + " was not healthy within "
                    + READY_TIMEOUT.toSeconds() + " s\n" + LogTail.of(log()), e);
        }
    }

    private void keepLogs() {
        Path kept = runDir.resolve("elasticsearch-logs");
        try (var logs = Files.list(placement.node().resolve("logs"))) {
            Files.createDirectories(kept);
            for (Path log : (Iterable<Path>) logs::iterator) {
                if (Files.isRegularFile(log)) {
                    Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            System.err.println("[verbatim-test-infra] cannot keep the Elasticsearch logs in " + kept + ": " + e.getMessage());
        }
    }
}
