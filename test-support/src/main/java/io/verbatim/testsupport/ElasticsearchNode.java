package io.verbatim.testsupport;

/** The Elasticsearch node of a test run: one node, security off, plain HTTP. */
public interface ElasticsearchNode {

    /** {@code host:port}, the form {@code quarkus.elasticsearch.hosts} takes. */
    String hostAndPort();

    default String url() {
        return "http://" + hostAndPort();
    }

    void stop();
}
