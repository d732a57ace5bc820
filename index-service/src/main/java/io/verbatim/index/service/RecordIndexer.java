package io.verbatim.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Conflicts;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.index.store.DocumentSource;
import io.verbatim.index.store.SpeechSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Writes a record and its speech turns. Idempotent: ids are derived from the record, and the record's
 * version (the time its content was fetched) is an external version, so a redelivered event rewrites the
 * same documents and an older version arriving late changes nothing. After a new version is written, the
 * speech turns of older versions are deleted.
 */
@ApplicationScoped
public class RecordIndexer {

    private static final int VERSION_CONFLICT = 409;
    private final ElasticsearchClient client;

    public RecordIndexer(ElasticsearchClient client) {
        this.client = client;
    }

    @Retry(maxRetries = 8, delay = 500, maxDuration = 120_000, retryOn = {IOException.class, TransientIndexingException.class})
    @ExponentialBackoff(maxDelay = 15_000)
    public IndexOutcome index(ParsedEvent event) throws IOException {
        long version = event.fetchedAt().toEpochMilli();
        BulkResponse response = client.bulk(bulkOf(event, version, Instant.now()));
        List<BulkResponseItem> failed = response.items().stream()
                .filter(item -> item.error() != null && item.status() != VERSION_CONFLICT).toList();
        if (!failed.isEmpty()) {
            throw failureOf(event, failed);
        }
        boolean stale = response.items().stream().anyMatch(item -> item.status() == VERSION_CONFLICT);
        if (stale) {
            return IndexOutcome.STALE;
        }
        deleteSpeechesOlderThan(event.recordId(), version);
        return IndexOutcome.INDEXED;
    }

    private static BulkRequest bulkOf(ParsedEvent event, long version, Instant now) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        bulk.operations(op -> op.index(doc -> doc.index(Indices.DOCUMENTS.alias()).id(event.recordId())
                .version(version).versionType(VersionType.ExternalGte)
                .document(DocumentSource.of(event, version, now))));
        List<SpeechTurn> speeches = event.record().speeches() == null ? List.of() : event.record().speeches();
        for (SpeechTurn turn : speeches) {
            bulk.operations(op -> op.index(doc -> doc.index(Indices.SPEECHES.alias())
                    .id(RecordIds.speechId(event.recordId(), turn.seq()))
                    .version(version).versionType(VersionType.ExternalGte)
                    .document(SpeechSource.of(event, turn, version, now))));
        }
        return bulk.build();
    }

    private void deleteSpeechesOlderThan(String recordId, long version) throws IOException {
        client.deleteByQuery(delete -> delete.index(Indices.SPEECHES.alias()).conflicts(Conflicts.Proceed)
                .query(query -> query.bool(bool -> bool
                        .filter(filter -> filter.term(term -> term.field("recordId").value(recordId)))
                        .filter(filter -> filter.range(range -> range.number(number -> number
                                .field("recordVersion").lt((double) version)))))));
    }

    private static IndexingException failureOf(ParsedEvent event, List<BulkResponseItem> failed) {
        BulkResponseItem first = failed.getFirst();
        String message = "Elasticsearch refused %d of the documents of record %s (%s): %s %s (status %d)".formatted(
                failed.size(), event.recordId(), event.fileName(), first.error().type(), first.error().reason(),
                first.status());
        boolean transientFailure = failed.stream().allMatch(item -> item.status() == 429 || item.status() >= 500);
        return transientFailure ? new TransientIndexingException(message) : new IndexingException(message, false);
    }
}
