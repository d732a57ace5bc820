package io.verbatim.supervisor;

import static org.awaitility.Awaitility.await;

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
 * The local Elasticsearch node as a daemon ({@code bin/elasticsearch -d -p es.pid}), single-node, security off, on
 * 127.0.0.1, with its own config, data and logs in the node folder its {@link ElasticsearchPlacement} gives, run as
 * the {@link ElasticsearchAccount} (never as root). The one definition of how Verbatim runs Elasticsearch without
 * Docker, for {@code ./verbatim} and the tests alike.
 */
public final class LocalElasticsearch {

    /**
     * @param httpPort      {@code 0}: the node picks one, read back from {@code logs/http.ports}
     * @param transportPort {@code 0}: the node picks one
     * @param quickStart    C1 only: for a node that starts often and indexes little (tests)
     */
    public record Settings(String clusterName, int httpPort, int transportPort, String heap, boolean quickStart) {
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final ElasticsearchPlacement placement;
    private final ElasticsearchAccount account;
    private final Path startLog;
    private final Settings settings;
    private String hostAndPort;

    private LocalElasticsearch(ElasticsearchPlacement placement, ElasticsearchAccount account, Path startLog, Settings settings) {
        this.placement = placement;
        this.account = account;
        this.startLog = startLog;
        this.settings = settings;
    }

    /** Creates the node folder (its config copied from the distribution the first time) owned by the account. */
    public static LocalElasticsearch prepare(ElasticsearchPlacement placement, ElasticsearchAccount account, Path startLog,
            Settings settings) {
        LocalElasticsearch node = new LocalElasticsearch(placement, account, startLog, settings);
        node.prepareFolder();
        return node;
    }

    /** {@code 127.0.0.1:PORT} once started. */
    public String hostAndPort() {
        return hostAndPort;
    }

    public ElasticsearchPlacement placement() {
        return placement;
    }

    /** The node's main log. */
    public Path log() {
        return placement.node().resolve("logs").resolve(settings.clusterName() + ".log");
    }

    public Path pidFile() {
        return placement.node().resolve("es.pid");
    }

    /** Starts the node unless it runs (again on the port it had), and returns once its health is yellow or better. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        int port = hostAndPort == null ? settings.httpPort() : Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
        launch(port);
        hostAndPort = readHttpAddress();
        awaitHealthy();
    }

    /** SIGTERM (SIGKILL after a timeout); returns once it is gone. */
    public synchronized void stop() {
        pid().ifPresent(Processes::terminate);
    }

    public synchronized boolean isRunning() {
        return pid().filter(ProcessHandle::isAlive).isPresent();
    }

    private Optional<ProcessHandle> pid() {
        return Processes.fromPidFile(pidFile());
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
        // the node's own copy: a node rewrites its config on first start when security is on; the distribution stays as built
        if (!Files.isRegularFile(node.resolve("config/elasticsearch.yml"))) {
            Folders.copyTree(placement.home().resolve("config"), node.resolve("config"));
        }
        account.own(node);
    }

    private void launch(int httpPort) {
        Path node = placement.node();
        try {
            Files.deleteIfExists(node.resolve("logs/http.ports"));
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> env = List.of(
                "ES_JAVA_HOME=" + System.getProperty("java.home"),
                "ES_PATH_CONF=" + node.resolve("config"),
                "ES_TMPDIR=" + node.resolve("tmp"),
                "CLI_JAVA_OPTS=-Djava.io.tmpdir=" + node.resolve("tmp"),
                "ES_JAVA_OPTS=-Xms" + settings.heap() + " -Xmx" + settings.heap()
                        + (settings.quickStart() ? " -XX:TieredStopAtLevel=1" : ""));
        List<String> command = new ArrayList<>(List.of(
                placement.home().resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile().toString(),
                "-E", "cluster.name=" + settings.clusterName(),
                "-E", "node.name=" + settings.clusterName(),
                "-E", "discovery.type=single-node",
                "-E", "xpack.security.enabled=false",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=" + settings.transportPort(),
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
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://" + hostAndPort + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
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
}
