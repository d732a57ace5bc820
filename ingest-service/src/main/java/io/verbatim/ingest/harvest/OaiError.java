package io.verbatim.ingest.harvest;

/**
 * One {@code <error>} of a response.
 *
 * @param rawCode the code as sent, kept for {@link OaiErrorCode#UNKNOWN}
 */
public record OaiError(OaiErrorCode code, String rawCode, String message) {
}
