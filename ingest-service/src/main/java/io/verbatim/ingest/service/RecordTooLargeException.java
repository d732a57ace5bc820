package io.verbatim.ingest.service;

public class RecordTooLargeException extends RejectedRecordException {
    public RecordTooLargeException(String message) {
        super(message);
    }
}
