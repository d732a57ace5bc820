package io.verbatim.gateway.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * Alerts live in the Elasticsearch index {@value #INDEX} (the gateway's one store; no new database), created
 * at first use. Read back at every match run: a handful of saved searches is cheap to load, and every
 * gateway instance sees the same ones.
 */
@ApplicationScoped
public class AlertStore {

    static final String INDEX = "verbatim-alerts";
    private static final int MAX_ALERTS = 10_000;
    private static final String DEFINITION = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
             "mappings": {"dynamic": false, "properties": {"id": {"type": "keyword"}, "createdAt": {"type": "date"}}}}""";

    private final ElasticsearchClient client;
    private volatile boolean created;

    public AlertStore(ElasticsearchClient client) {
        this.client = client;
    }

    public void save(Alert alert) throws IOException {
        ensureIndex();
        client.index(index -> index.index(INDEX).id(alert.id()).document(alert).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
    }

    public Optional<Alert> find(String id) throws IOException {
        ensureIndex();
        GetResponse<Alert> response = client.get(get -> get.index(INDEX).id(id), Alert.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    public List<Alert> all() throws IOException {
        ensureIndex();
        return client.search(search -> search.index(INDEX).size(MAX_ALERTS), Alert.class).hits().hits().stream().map(Hit::source).toList();
    }

    public boolean delete(String id) throws IOException {
        ensureIndex();
        return client.delete(delete -> delete.index(INDEX).id(id).refresh(co.elastic.clients.elasticsearch._types.Refresh.True))
                .result().jsonValue().equals("deleted");
    }

    private void ensureIndex() throws IOException {
        if (created) {
            return;
        }
        if (!client.indices().exists(exists -> exists.index(INDEX)).value()) {
            try {
                client.indices().create(create -> create.index(INDEX).withJson(new StringReader(DEFINITION)));
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        created = true;
    }
}
