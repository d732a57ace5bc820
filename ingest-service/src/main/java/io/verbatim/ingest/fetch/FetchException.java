package io.verbatim.ingest.fetch;

import java.net.URI;

/** A fetch that failed for good: the message says which URL, after how many attempts, and why. */
public class FetchException extends Exception {

    private final URI uri;
    private final int status;

    public FetchException(URI uri, int status, String message, Throwable cause) {
        super(message, cause);
        this.uri = uri;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    /** The last HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }
}
