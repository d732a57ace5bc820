package io.verbatim.testsupport.nativeprocess;

import io.verbatim.supervisor.ElasticsearchAccount;
import io.verbatim.supervisor.ElasticsearchPlacement;
import io.verbatim.supervisor.Folders;
import io.verbatim.supervisor.LocalElasticsearch;
import io.verbatim.supervisor.RepositoryLayout;
import io.verbatim.supervisor.RunFolder;
import io.verbatim.testsupport.ElasticsearchNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The tests' node: the supervisor's {@link LocalElasticsearch}, as {@code ./verbatim} runs it, on ports it picks
 * itself, its folder in the test run's folder (or staged where its user can reach it, and then deleted at the end).
 */
public final class NativeElasticsearchNode implements ElasticsearchNode {

    /** Heap of the node, e.g. {@code 256m}. */
    public static final String HEAP_PROPERTY = "verbatim.es.heap";

    private static final String CLUSTER = "verbatim-it";

    private final LocalElasticsearch node;
    private final Path runDir;

    private NativeElasticsearchNode(LocalElasticsearch node, Path runDir) {
        this.node = node;
        this.runDir = runDir;
    }

    /** Starts a node for this run and returns once it answers {@code GET /_cluster/health}. */
    public static NativeElasticsearchNode start(RepositoryLayout layout, RunFolder run) {
        Path startLog = run.resolve("elasticsearch-start.log");
        ElasticsearchAccount account = ElasticsearchAccount.forCurrentUser(startLog);
        ElasticsearchPlacement placement = ElasticsearchPlacement.forTestRun(layout, run, account);
        LocalElasticsearch node = LocalElasticsearch.prepare(placement, account, startLog,
                new LocalElasticsearch.Settings(CLUSTER, 0, 0, System.getProperty(HEAP_PROPERTY, "256m"), true));
        NativeElasticsearchNode started = new NativeElasticsearchNode(node, run.dir());
        try {
            node.start();
        } catch (RuntimeException e) {
            started.stop();
            throw e;
        }
        return started;
    }

    @Override
    public String hostAndPort() {
        return node.hostAndPort();
    }

    /** The node's main log; copied into the run folder when the node stops if it ran from a staged folder. */
    public Path log() {
        return node.log();
    }

    @Override
    public synchronized void stop() {
        node.stop();
        ElasticsearchPlacement placement = node.placement();
        if (placement.staged() && Files.isDirectory(placement.node())) {
            keepLogs(placement.node());
            Folders.deleteTree(placement.node());
        }
    }

    @Override
    public void halt() {
        node.stop();
    }

    @Override
    public void start() {
        node.start();
    }

    @Override
    public boolean isRunning() {
        return node.isRunning();
    }

    private void keepLogs(Path nodeFolder) {
        Path kept = runDir.resolve("elasticsearch-logs");
        try (var logs = Files.list(nodeFolder.resolve("logs"))) {
            Files.createDirectories(kept);
            for (Path log : (Iterable<Path>) logs::iterator) {
                if (Files.isRegularFile(log)) {
                    Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            System.err.println("[verbatim-test-infra] cannot keep the Elasticsearch logs in " + kept + ": " + e.getMessage());
        }
    }
}
