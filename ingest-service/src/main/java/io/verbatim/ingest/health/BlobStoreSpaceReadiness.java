package io.verbatim.ingest.health;

import io.verbatim.ingest.config.IngestConfig;
import io.verbatim.ingest.store.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the blob store's disk has less than {@code verbatim.blob-store-min-free-bytes} left: records
 * could not be kept, so uploads would be refused and harvests held back until space is freed.
 */
@Readiness
@ApplicationScoped
public class BlobStoreSpaceReadiness implements HealthCheck {

    private final BlobStore blobs;
    private final IngestConfig config;

    public BlobStoreSpaceReadiness(BlobStore blobs, IngestConfig config) {
        this.blobs = blobs;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        long usable = blobs.usableBytes();
        return HealthCheckResponse.named("blob store has room")
                .status(usable >= config.blobStoreMinFreeBytes())
                .withData("free MB", usable == Long.MAX_VALUE ? -1 : usable >> 20)
                .withData("at least MB", config.blobStoreMinFreeBytes() >> 20)
                .build();
    }
}
