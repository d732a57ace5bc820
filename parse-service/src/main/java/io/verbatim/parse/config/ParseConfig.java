package io.verbatim.parse.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

@ConfigMapping(prefix = "verbatim")
public interface ParseConfig {

    /** Root of the data folder shared with ingest-service; blobs are read from {@code blobs/} under it. */
    @WithDefault("data")
    Path dataDir();
}
