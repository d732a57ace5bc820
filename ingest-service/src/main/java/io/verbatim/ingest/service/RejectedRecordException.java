package io.verbatim.ingest.service;

/** The record cannot be taken at all (empty, too large): the source is told why and nothing is published. */
public class RejectedRecordException extends Exception {
    public RejectedRecordException(String message) {
        super(message);
    }
}
