package io.verbatim.ingest.harvest;

import java.util.List;
import java.util.stream.Collectors;

/** A response that carries errors instead of an answer; the protocol allows several at once. */
public record ProtocolError(List<OaiError> errors) implements OaiResponse {

    public ProtocolError {
        errors = List.copyOf(errors);
    }

    public boolean has(OaiErrorCode code) {
        return errors.stream().anyMatch(e -> e.code() == code);
    }

    /** For a log line: {@code badResumptionToken (expired)}. */
    public String describe() {
        return errors.stream().map(e -> e.rawCode() + " (" + e.message() + ")").collect(Collectors.joining(", "));
    }
}
