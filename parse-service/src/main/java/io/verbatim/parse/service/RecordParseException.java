package io.verbatim.parse.service;

/** A fetched record that cannot be parsed; its message says which record and why. */
public class RecordParseException extends RuntimeException {
    public RecordParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
