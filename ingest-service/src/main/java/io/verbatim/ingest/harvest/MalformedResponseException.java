package io.verbatim.ingest.harvest;

/**
 * A response that cannot be read as what it claims to be: not well-formed XML, a refused DTD, a missing
 * element or a value in the wrong form. The message names what was wrong and where, so a harvester can
 * log it with the request and retry or park the page.
 */
public class MalformedResponseException extends RuntimeException {

    public MalformedResponseException(String message) {
        super(message);
    }

    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
