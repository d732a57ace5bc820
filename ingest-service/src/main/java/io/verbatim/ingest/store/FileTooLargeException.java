package io.verbatim.ingest.store;

import java.io.IOException;

public class FileTooLargeException extends IOException {
    public FileTooLargeException(long maxBytes) {
        super("file is larger than the limit of " + maxBytes + " bytes (verbatim.max-file-bytes)");
    }
}
