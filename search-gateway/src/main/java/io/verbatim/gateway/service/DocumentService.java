package io.verbatim.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.RecordIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** A record with its speech turns in order, and single speech turns. */
@ApplicationScoped
public class DocumentService {

    private static final int MAX_SPEECHES = 10_000;
    private final ElasticsearchClient client;

    public DocumentService(ElasticsearchClient client) {
        this.client = client;
    }

    public Optional<DocumentView> document(String recordId) throws IOException {
        GetResponse<ObjectNode> document = client.get(get -> get.index(Indices.DOCUMENTS.alias()).id(recordId),
                ObjectNode.class);
        if (!document.found()) {
            return Optional.empty();
        }
        List<ObjectNode> speeches = client.search(search -> search.index(Indices.SPEECHES.alias())
                        .query(query -> query.term(term -> term.field("recordId").value(recordId)))
                        .sort(sort -> sort.field(field -> field.field("seq").order(SortOrder.Asc)))
                        .size(MAX_SPEECHES), ObjectNode.class)
                .hits().hits().stream().map(Hit::source).toList();
        return Optional.of(new DocumentView(document.source(), speeches));
    }

    public Optional<ObjectNode> speech(String recordId, int seq) throws IOException {
        GetResponse<ObjectNode> speech = client.get(get -> get.index(Indices.SPEECHES.alias())
                .id(RecordIds.speechId(recordId, seq)), ObjectNode.class);
        return speech.found() ? Optional.of(speech.source()) : Optional.empty();
    }

    public record DocumentView(ObjectNode document, List<ObjectNode> speeches) {
    }
}
