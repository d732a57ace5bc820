package io.verbatim.ingest.source;

/** A source definition that cannot be harvested as given; the message says what to change. */
public class InvalidSourceException extends RuntimeException {

    public InvalidSourceException(String message) {
        super(message);
    }
}
