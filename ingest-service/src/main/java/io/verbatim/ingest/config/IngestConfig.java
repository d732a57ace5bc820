package io.verbatim.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

@ConfigMapping(prefix = "verbatim")
public interface IngestConfig {

    /** Root of the data folder: {@code blobs/}, {@code inbox/} and the ingest ledger live under it. */
    @WithDefault("data")
    Path dataDir();

    /** Files larger than this are refused (bytes). */
    @WithDefault("1073741824")
    long maxFileBytes();

    /** Below this many free bytes on the blob store's disk, ingest-service reports itself not ready (64 MB). */
    @WithDefault("67108864")
    long blobStoreMinFreeBytes();

    /** The key the admin endpoints (the Sources API) require in {@code X-Api-Key}; unset leaves them open. */
    java.util.Optional<String> apiKey();

    Inbox inbox();

    Harvest harvest();

    interface Harvest {
        /** Whether this instance harvests the sources it is given. */
        @WithDefault("true")
        boolean enabled();

        /** How often the scheduler looks for sources that are due. */
        @WithDefault("1s")
        java.time.Duration tick();

        /** Sent with every request, and matched against robots.txt. */
        @WithDefault(io.verbatim.ingest.fetch.FetchSettings.DEFAULT_USER_AGENT)
        String userAgent();

        /** A source that keeps failing is tried at most this far apart. */
        @WithDefault("1h")
        java.time.Duration maxBackoff();

        /** How long an instance may stay silent before the others take its sources over. */
        @WithDefault("10s")
        java.time.Duration sessionTimeout();
    }

    interface Inbox {
        /** Whether the drop folder is watched. */
        @WithDefault("true")
        boolean enabled();

        /** How often the drop folder is scanned. */
        @WithDefault("1s")
        java.time.Duration pollInterval();

        /** A file must have been left unchanged this long before it is taken (it may still be being copied). */
        @WithDefault("1s")
        java.time.Duration settleTime();
    }
}
