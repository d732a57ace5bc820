package io.verbatim.parse.store;

import io.verbatim.contracts.BlobLayout;
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
        this.root = BlobLayout.blobsFolder(config.dataDir());
    }

    public InputStream open(String sha256) throws IOException {
        Path blob;
        try {
            blob = BlobLayout.pathOf(root, sha256);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            return Files.newInputStream(blob);
        } catch (NoSuchFileException e) {
            throw new IOException("blob " + sha256 + " is not in the blob store " + root, e);
        }
    }
}
