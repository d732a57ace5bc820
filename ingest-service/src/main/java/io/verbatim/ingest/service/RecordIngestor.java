package io.verbatim.ingest.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.verbatim.contracts.FetchedEvent;
import io.verbatim.contracts.LogFields;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.TraceAttributes;
import io.verbatim.ingest.config.IngestConfig;
import io.verbatim.ingest.messaging.FetchedEventPublisher;
import io.verbatim.ingest.store.BlobStore;
import io.verbatim.ingest.store.FileTooLargeException;
import io.verbatim.ingest.store.IngestLedger;
import io.verbatim.ingest.store.StoredBlob;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Takes one record from any source: stores its bytes once, and publishes a fetched event unless the same
 * content was published before. The ledger is written only after Kafka has acknowledged the event.
 */
@ApplicationScoped
public class RecordIngestor {

    private static final Logger LOG = Logger.getLogger(RecordIngestor.class);
    private static final long PUBLISH_TIMEOUT_SECONDS = 30;

    private final BlobStore blobs;
    private final IngestLedger ledger;
    private final FetchedEventPublisher publisher;
    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final Clock clock;
    /** The same content arriving twice at once is decided under one lock; striped, so memory stays bounded. */
    private final Object[] contentLocks = new Object[64];

    public RecordIngestor(BlobStore blobs, IngestLedger ledger, FetchedEventPublisher publisher, IngestConfig config,
            IngestMetrics metrics) {
        this.blobs = blobs;
        this.ledger = ledger;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
        this.clock = Clock.systemUTC();
        for (int i = 0; i < contentLocks.length; i++) {
            contentLocks[i] = new Object();
        }
    }

    @WithSpan("ingest record")
    public IngestReceipt ingest(IncomingRecord incoming, InputStream content) throws RejectedRecordException, IOException {
        Span.current().setAttribute(TraceAttributes.SOURCE_ID, incoming.sourceId());
        StoredBlob blob = storeOrReject(incoming, content);
        synchronized (contentLocks[Math.floorMod(blob.sha256().hashCode(), contentLocks.length)]) {
            Optional<String> earlier = ledger.publishedRecordId(blob.sha256());
            if (earlier.isPresent()) {
                LOG.infof("%s from %s is a duplicate of record %s (sha256 %s); nothing published",
                        incoming.fileName(), incoming.sourceId(), earlier.get(), blob.sha256());
                metrics.duplicate(incoming.sourceId());
                return new IngestReceipt(earlier.get(), blob.sha256(), blob.size(), IngestReceipt.DUPLICATE);
            }
            FetchedEvent event = fetchedEvent(incoming, blob);
            MDC.put(LogFields.RECORD_ID, event.recordId());
            MDC.put(LogFields.SOURCE_ID, incoming.sourceId());
            Span.current().setAttribute(TraceAttributes.RECORD_ID, event.recordId());
            try {
                awaitPublished(event);
                ledger.markPublished(blob.sha256(), event.recordId());
                metrics.published(incoming.sourceId());
                LOG.infof("ingested %s from %s as record %s (%d bytes, sha256 %s)", incoming.fileName(),
                        incoming.sourceId(), event.recordId(), blob.size(), blob.sha256());
            } finally {
                MDC.remove(LogFields.RECORD_ID);
                MDC.remove(LogFields.SOURCE_ID);
            }
            return new IngestReceipt(event.recordId(), blob.sha256(), blob.size(), IngestReceipt.ACCEPTED);
        }
    }

    private StoredBlob storeOrReject(IncomingRecord incoming, InputStream content) throws RejectedRecordException, IOException {
        StoredBlob blob;
        try {
            blob = blobs.store(content, config.maxFileBytes());
        } catch (FileTooLargeException e) {
            metrics.rejected(incoming.sourceId());
            throw new RecordTooLargeException("cannot ingest " + incoming.fileName() + ": " + e.getMessage());
        }
        if (blob.size() == 0) {
            metrics.rejected(incoming.sourceId());
            throw new RejectedRecordException("cannot ingest " + incoming.fileName() + ": empty file");
        }
        return blob;
    }

    private FetchedEvent fetchedEvent(IncomingRecord incoming, StoredBlob blob) {
        String recordId = RecordIds.recordId(incoming.sourceId(), incoming.sourceRecordId(), incoming.languageHint());
        return new FetchedEvent(FetchedEvent.SCHEMA_VERSION, RecordIds.eventId("fetched", recordId, blob.sha256()),
                recordId, incoming.sourceId(), incoming.sourceRecordId(), incoming.fileName(), incoming.mediaType(),
                blob.sha256(), blob.size(), incoming.languageHint(), Instant.now(clock), incoming.sourceMetadata());
    }

    /**
     * The source withdrew the record: a deletion goes down the pipeline, so the record and its speeches leave
     * search. Passed on once (until content of the record is published again).
     *
     * @return whether a deletion was sent
     */
    public boolean withdraw(String sourceId, String sourceRecordId, String language) throws IOException {
        String recordId = RecordIds.recordId(sourceId, sourceRecordId, language);
        synchronized (contentLocks[Math.floorMod(recordId.hashCode(), contentLocks.length)]) {
            if (ledger.isWithdrawn(recordId)) {
                return false;
            }
            awaitPublished(FetchedEvent.deletion(recordId, sourceId, sourceRecordId, language, Instant.now(clock)));
            ledger.markWithdrawn(recordId);
        }
        metrics.withdrawn(sourceId);
        LOG.infof("%s withdrew %s (%s): record %s removed", sourceId, sourceRecordId, language, recordId);
        return true;
    }

    private void awaitPublished(FetchedEvent event) throws IOException {
        try {
            publisher.publish(event).get(PUBLISH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IOException("cannot publish record " + event.recordId() + " (" + event.sourceRecordId()
                    + ") to Kafka: " + cause.getMessage() + "; its bytes are kept, send it again", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while publishing record " + event.recordId(), e);
        }
    }
}
