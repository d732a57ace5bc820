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

    Inbox inbox();

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
