package io.verbatim.parse.store;

import io.verbatim.parse.config.ParseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads blobs that ingest-service stored at {@code blobs/ab/cd/abcd...} (the claim check of a fetched event). */
@ApplicationScoped
public class BlobReader {

    private final Path root;

    public BlobReader(ParseConfig config) {
        this.root = config.dataDir().resolve("blobs");
    }

    public InputStream open(String sha256) throws IOException {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IOException("not a SHA-256: " + sha256);
        }
        Path blob = root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        try {
            return Files.newInputStream(blob);
        } catch (NoSuchFileException e) {
            throw new IOException("blob " + sha256 + " is not in the blob store " + root, e);
        }
    }
}
