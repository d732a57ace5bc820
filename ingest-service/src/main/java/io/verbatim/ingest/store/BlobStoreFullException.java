package io.verbatim.ingest.store;

import java.io.IOException;

/**
 * The blob store's disk has no room for a record: nothing of it was kept, and it can be offered again once space is
 * freed (a harvest backs off and resumes from its checkpoint, a dropped file stays in the inbox, an upload is a 507).
 */
public class BlobStoreFullException extends IOException {

    public BlobStoreFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
