package io.verbatim.testsupport.containers;

import io.verbatim.supervisor.RepositoryLayout;
import io.verbatim.testsupport.ElasticsearchNode;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The node as a Testcontainers container, {@value #IMAGE}, security off and our analysis plugin copied into its
 * {@code plugins/} as in the native node.
 */
public final class ContainerElasticsearchNode implements ElasticsearchNode {

    public static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.2.0";

    private final ElasticsearchContainer container = new ElasticsearchContainer(DockerImageName.parse(IMAGE))
            .withEnv("xpack.security.enabled", "false")
            .withEnv("discovery.type", "single-node")
            .withEnv("cluster.routing.allocation.disk.threshold_enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms256m -Xmx256m");

    public static ContainerElasticsearchNode launch() {
        ContainerElasticsearchNode node = new ContainerElasticsearchNode();
        RepositoryLayout layout = RepositoryLayout.locate();
        node.container.withCopyFileToContainer(
                MountableFile.forHostPath(layout.analysisPlugin(layout.elasticsearchHome()), 0755),
                "/usr/share/elasticsearch/plugins/" + RepositoryLayout.ANALYSIS_PLUGIN);
        node.container.start();
        return node;
    }

    @Override
    public String hostAndPort() {
        return container.getHost() + ":" + container.getMappedPort(9200);
    }

    @Override
    public void stop() {
        container.stop();
    }

    @Override
    public void halt() {
        throw restartUnsupported();
    }

    @Override
    public void start() {
        throw restartUnsupported();
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }

    private static UnsupportedOperationException restartUnsupported() {
        return new UnsupportedOperationException("a containerised node gets a new port when restarted; "
                + "run tests that stop and restart Elasticsearch with -Dinfra.mode=native");
    }
}
