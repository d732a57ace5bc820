package io.verbatim.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.index.store.IndexedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Writes a batch of records and their speech turns in one multi-get and one bulk request. Idempotent: ids are
 * derived from the record, and the record's version (the time its content was fetched) is an external version,
 * so a redelivered event rewrites the same documents and an older version arriving late changes nothing. A
 * new version with fewer turns deletes the turns it no longer has; a withdrawal removes the record and all its
 * turns. Every bulk item is checked: overload (429) and server errors, of an item or of the whole request, make the whole batch be tried again
 * (which rewrites nothing that was written), any other refusal fails only its record. The retries are bounded by
 * time, not by count: Elasticsearch restarting on a busy machine takes longer than a handful of quick retries,
 * and a batch given up on is parked whole, which after a write cut short leaves a record with part of its turns.
 *
 * <p>Events of one record arrive in order on one partition, and a batch is written before the next is read,
 * so reading the indexed versions before writing is safe. Of several versions of one record in a batch only the
 * newest is written: the others would be overwritten within the same request.
 */
@ApplicationScoped
public class RecordIndexer {

    private static final int VERSION_CONFLICT = 409;
    private static final int NOT_FOUND = 404;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;
    private final ElasticsearchClient client;
    private final IndexMetrics metrics;

    public RecordIndexer(ElasticsearchClient client, IndexMetrics metrics) {
        this.client = client;
        this.metrics = metrics;
    }

    @Retry(maxRetries = -1, delay = 500, maxDuration = 600_000, retryOn = {IOException.class, TransientIndexingException.class})
    @ExponentialBackoff(maxDelay = 15_000)
    public Map<ParsedEvent, IndexResult> indexAll(List<ParsedEvent> events, IndexTargets targets) throws IOException {
        try {
            return write(events, targets);
        } catch (ElasticsearchException e) {
            // a whole request refused while the node recovers (a cluster block, no shard yet) is worth a retry
            if (e.status() == TOO_MANY_REQUESTS || e.status() >= SERVER_ERROR) {
                throw new TransientIndexingException("Elasticsearch cannot write now: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private Map<ParsedEvent, IndexResult> write(List<ParsedEvent> events, IndexTargets targets) throws IOException {
        Map<ParsedEvent, IndexResult> results = new IdentityHashMap<>();
        Map<String, ParsedEvent> newest = newestByRecord(events, results);
        Map<String, IndexedVersion> indexed = indexedVersions(newest.keySet(), targets);
        List<BulkOperation> operations = new ArrayList<>();
        List<ParsedEvent> owners = new ArrayList<>();
        Instant now = Instant.now();
        for (ParsedEvent event : newest.values()) {
            IndexedVersion current = indexed.get(event.recordId());
            long version = event.fetchedAt().toEpochMilli();
            if (current != null && current.recordVersion() > version) {
                results.put(event, IndexResult.of(IndexOutcome.STALE));
            } else if (event.deleted() && current == null) {
                results.put(event, IndexResult.of(IndexOutcome.ABSENT));
            } else {
                List<BulkOperation> writes = RecordWrites.of(event, version, current == null ? 0 : current.speechCount(), now, targets);
                writes.forEach(write -> owners.add(event));
                operations.addAll(writes);
                results.put(event, IndexResult.of(event.deleted() ? IndexOutcome.DELETED : IndexOutcome.INDEXED));
            }
        }
        if (!operations.isEmpty()) {
            long started = System.nanoTime();
            BulkResponse response = client.bulk(BulkRequest.of(bulk -> bulk.operations(operations)));
            metrics.bulk(Duration.ofNanos(System.nanoTime() - started));
            refusals(response, owners).forEach((event, reason) -> results.put(event, IndexResult.refused(reason)));
        }
        return results;
    }

    /** The one event per record that is written; each other version is answered STALE. */
    private static Map<String, ParsedEvent> newestByRecord(List<ParsedEvent> events, Map<ParsedEvent, IndexResult> results) {
        Map<String, ParsedEvent> newest = new LinkedHashMap<>();
        for (ParsedEvent event : events) {
            newest.merge(event.recordId(), event, (a, b) -> b.fetchedAt().isBefore(a.fetchedAt()) ? a : b);
        }
        for (ParsedEvent event : events) {
            if (newest.get(event.recordId()) != event) {
                results.put(event, IndexResult.of(IndexOutcome.STALE));
            }
        }
        return newest;
    }

    private Map<String, IndexedVersion> indexedVersions(Set<String> recordIds, IndexTargets targets) throws IOException {
        Map<String, IndexedVersion> versions = new HashMap<>();
        if (recordIds.isEmpty()) {
            return versions;
        }
        MgetResponse<IndexedVersion> response = client.mget(mget -> mget.index(targets.documents()).ids(List.copyOf(recordIds))
                .sourceIncludes("recordVersion", "speechCount"), IndexedVersion.class);
        for (MultiGetResponseItem<IndexedVersion> item : response.docs()) {
            if (item.isFailure()) {
                throw new TransientIndexingException("cannot read the indexed version of " + item.failure().id() + ": "
                        + item.failure().error().reason());
            }
            if (item.result().found() && item.result().source() != null) {
                versions.put(item.result().id(), item.result().source());
            }
        }
        return versions;
    }

    /** The records whose writes were refused for good, with why; throws when any refusal may pass if tried again. */
    private static Map<ParsedEvent, String> refusals(BulkResponse response, List<ParsedEvent> owners) {
        Map<ParsedEvent, String> refused = new IdentityHashMap<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null || item.status() == VERSION_CONFLICT || item.status() == NOT_FOUND) {
                continue;
            }
            ParsedEvent event = owners.get(i);
            String reason = "Elasticsearch refused a document of record %s (%s): %s %s (status %d)".formatted(event.recordId(),
                    event.fileName(), item.error().type(), item.error().reason(), item.status());
            if (item.status() == TOO_MANY_REQUESTS || item.status() >= SERVER_ERROR) {
                throw new TransientIndexingException(reason);
            }
            refused.putIfAbsent(event, reason);
        }
        return refused;
    }
}
