package io.verbatim.ingest.store;

import java.io.IOException;
import java.io.InputStream;

/** A content-addressed store for raw records: the same bytes are kept once, under their SHA-256. */
public interface BlobStore {

    /**
     * Streams {@code content} into the store, never holding it whole in memory.
     *
     * @throws FileTooLargeException when it is longer than {@code maxBytes}; nothing is kept
     */
    StoredBlob store(InputStream content, long maxBytes) throws IOException;

    boolean contains(String sha256);

    /** The bytes the store still has room for; {@link Long#MAX_VALUE} for a store without a limit. */
    long usableBytes();

    /** The bytes of every blob kept (a walk over the store: not for every request). */
    long storedBytes() throws IOException;
}
