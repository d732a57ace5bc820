package io.verbatim.ingest.store;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The blob store's figures: {@code verbatim_blob_store_bytes} (every blob kept; the store is walked at most once a
 * minute) and {@code verbatim_blob_store_free_bytes} (room left on its disk).
 */
@Startup
@ApplicationScoped
public class BlobStoreMetrics {

    private static final Duration WALK_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final BlobStore blobs;
    private Instant walkedAt = Instant.MIN;
    private long storedBytes;

    public BlobStoreMetrics(BlobStore blobs, MeterRegistry registry) {
        this.blobs = blobs;
        Gauge.builder("verbatim.blob.store", this, BlobStoreMetrics::storedBytes).baseUnit("bytes")
                .description("bytes of every blob kept").register(registry);
        Gauge.builder("verbatim.blob.store.free", blobs, BlobStore::usableBytes).baseUnit("bytes")
                .description("bytes left on the blob store's disk").register(registry);
    }

    private synchronized double storedBytes() {
        Instant now = Instant.now();
        if (Duration.between(walkedAt, now).compareTo(WALK_AT_MOST_EVERY) >= 0) {
            try {
                storedBytes = blobs.storedBytes();
                walkedAt = now;
            } catch (IOException e) {
                return storedBytes; // the last figure, tried again at the next scrape
            }
        }
        return storedBytes;
    }
}
