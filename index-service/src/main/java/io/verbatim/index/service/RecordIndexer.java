package io.verbatim.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.index.store.DocumentSource;
import io.verbatim.index.store.IndexedVersion;
import io.verbatim.index.store.SpeechSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Writes a record and its speech turns in one bulk request. Idempotent: ids are derived from the record,
 * and the record's version (the time its content was fetched) is an external version, so a redelivered
 * event rewrites the same documents and an older version arriving late changes nothing. A new version with
 * fewer turns deletes the turns it no longer has, in the same request; a deletion removes the record and all its turns.
 *
 * <p>Events of one record arrive in order on one partition and are handled one at a time, so reading the
 * indexed version before writing is safe.
 */
@ApplicationScoped
public class RecordIndexer {

    private static final int VERSION_CONFLICT = 409;
    private static final int NOT_FOUND = 404;
    private final ElasticsearchClient client;

    public RecordIndexer(ElasticsearchClient client) {
        this.client = client;
    }

    @Retry(maxRetries = 8, delay = 500, maxDuration = 120_000, retryOn = {IOException.class, TransientIndexingException.class})
    @ExponentialBackoff(maxDelay = 15_000)
    public IndexOutcome index(ParsedEvent event, IndexTargets targets) throws IOException {
        long version = event.fetchedAt().toEpochMilli();
        Optional<IndexedVersion> indexed = indexedVersion(event.recordId(), targets);
        if (indexed.isPresent() && indexed.get().recordVersion() > version) {
            return IndexOutcome.STALE;
        }
        int previousSpeechCount = indexed.map(IndexedVersion::speechCount).orElse(0);
        if (event.deleted()) {
            if (indexed.isEmpty()) {
                return IndexOutcome.ABSENT;
            }
            execute(event, removalOf(event.recordId(), version, previousSpeechCount, targets));
            return IndexOutcome.DELETED;
        }
        execute(event, bulkOf(event, version, previousSpeechCount, Instant.now(), targets));
        return IndexOutcome.INDEXED;
    }

    private void execute(ParsedEvent event, BulkRequest request) throws IOException {
        BulkResponse response = client.bulk(request);
        List<BulkResponseItem> failed = response.items().stream()
                .filter(item -> item.error() != null && item.status() != VERSION_CONFLICT && item.status() != NOT_FOUND)
                .toList();
        if (!failed.isEmpty()) {
            throw failureOf(event, failed);
        }
    }

    private Optional<IndexedVersion> indexedVersion(String recordId, IndexTargets targets) throws IOException {
        GetResponse<IndexedVersion> response = client.get(get -> get.index(targets.documents()).id(recordId)
                .sourceIncludes("recordVersion", "speechCount"), IndexedVersion.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    private static BulkRequest bulkOf(ParsedEvent event, long version, int previousSpeechCount, Instant now, IndexTargets targets) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        bulk.operations(op -> op.index(doc -> doc.index(targets.documents()).id(event.recordId())
                .version(version).versionType(VersionType.ExternalGte)
                .document(DocumentSource.of(event, version, now))));
        List<SpeechTurn> speeches = event.record().speeches();
        for (SpeechTurn turn : speeches) {
            bulk.operations(op -> op.index(doc -> doc.index(targets.speeches())
                    .id(RecordIds.speechId(event.recordId(), turn.seq()))
                    .version(version).versionType(VersionType.ExternalGte)
                    .document(SpeechSource.of(event, turn, version, now))));
        }
        deleteSpeeches(bulk, targets.speeches(), event.recordId(), speeches.size() + 1, previousSpeechCount, version);
        return bulk.build();
    }

    /** The record and every turn it had, each delete versioned so that an older version arriving late stays out. */
    private static BulkRequest removalOf(String recordId, long version, int speechCount, IndexTargets targets) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        bulk.operations(op -> op.delete(delete -> delete.index(targets.documents()).id(recordId)
                .version(version).versionType(VersionType.ExternalGte)));
        deleteSpeeches(bulk, targets.speeches(), recordId, 1, speechCount, version);
        return bulk.build();
    }

    private static void deleteSpeeches(BulkRequest.Builder bulk, String index, String recordId, int fromSeq, int toSeq, long version) {
        for (int seq = fromSeq; seq <= toSeq; seq++) {
            String speechId = RecordIds.speechId(recordId, seq);
            bulk.operations(op -> op.delete(delete -> delete.index(index).id(speechId)
                    .version(version).versionType(VersionType.ExternalGte)));
        }
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
