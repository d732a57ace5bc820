package io.verbatim.testsupport;

/** The Elasticsearch node of a test run: one node, security off, plain HTTP. */
public interface ElasticsearchNode {

    /** {@code host:port}, the form {@code quarkus.elasticsearch.hosts} takes. */
    String hostAndPort();

    default String url() {
        return "http://" + hostAndPort();
    }

    /** Stops the node and removes its folder: the end of the run. */
    void stop();

    /** Stops the node (SIGTERM, then SIGKILL after a timeout) but keeps its data and port: an outage. */
    void halt();

    /** Starts the node again after {@link #halt()}, on the same port with the same data; returns once healthy. */
    void start();

    boolean isRunning();
}
