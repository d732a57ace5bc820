package io.verbatim.index.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.quarkus.runtime.StartupEvent;
import io.verbatim.contracts.Indices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.StringReader;
import org.jboss.logging.Logger;

/**
 * Creates each versioned index with its alias at start-up, from the definitions in the contracts, so that
 * the first write or search never meets a missing index. An existing alias is left as it is.
 */
@ApplicationScoped
public class IndexBootstrap {

    private static final Logger LOG = Logger.getLogger(IndexBootstrap.class);
    private final ElasticsearchClient client;

    public IndexBootstrap(ElasticsearchClient client) {
        this.client = client;
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        for (Indices index : Indices.values()) {
            ensureExists(index);
        }
    }

    public void ensureExists(Indices index) throws IOException {
        if (client.indices().existsAlias(request -> request.name(index.alias())).value()) {
            return;
        }
        if (!client.indices().exists(request -> request.index(index.index())).value()) {
            try {
                client.indices().create(request -> request.index(index.index())
                        .withJson(new StringReader(index.definition())));
                LOG.infof("created index %s", index.index());
            } catch (ElasticsearchException e) {
                // another instance starting at the same moment created it first
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        client.indices().putAlias(request -> request.index(index.index()).name(index.alias()));
        LOG.infof("alias %s -> %s", index.alias(), index.index());
    }
}
