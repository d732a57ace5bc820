package io.verbatim.ingest.harvest;

/** The source answered, but not with what a harvest can go on with (a protocol error, a missing file). */
public class HarvestException extends Exception {

    public HarvestException(String message) {
        super(message);
    }

    public HarvestException(String message, Throwable cause) {
        super(message, cause);
    }
}
