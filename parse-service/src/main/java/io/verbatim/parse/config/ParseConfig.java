package io.verbatim.parse.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

@ConfigMapping(prefix = "verbatim")
public interface ParseConfig {

    /** Root of the data folder shared with ingest-service; blobs are read from {@code blobs/} under it. */
    @WithDefault("data")
    Path dataDir();

    Parse parse();

    interface Parse {

        /** Records parsed at once; records of one partition may then be published out of order, which versions absorb. */
        @WithDefault("2")
        int concurrency();

        /** A record (file) larger than this is parsed alone. */
        @WithDefault("1048576")
        long aloneAboveBytes();
    }
}
