package io.verbatim.gateway.service;

/** A search the user must change; the message says how. */
public class InvalidSearchException extends RuntimeException {
    public InvalidSearchException(String message) {
        super(message);
    }
}
