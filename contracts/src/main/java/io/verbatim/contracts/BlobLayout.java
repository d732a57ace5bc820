package io.verbatim.contracts;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a blob lives in the content-addressed store that ingest-service writes and parse-service reads:
 * {@code blobs/ab/cd/abcd...} under the data folder, by the SHA-256 of its bytes.
 */
public final class BlobLayout {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private BlobLayout() {
    }

    public static Path blobsFolder(Path dataDir) {
        return dataDir.resolve("blobs");
    }

    /** @throws IllegalArgumentException when {@code sha256} is not 64 lower-case hex digits */
    public static Path pathOf(Path blobsFolder, String sha256) {
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return blobsFolder.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
