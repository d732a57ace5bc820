package io.verbatim.ingest.harvest;

import java.time.Instant;

/**
 * Where the next page of a list starts. The attributes are optional in the protocol and are null when absent.
 * The UN Digital Library's tokens expire ({@code badResumptionToken}), so a harvester resumes promptly or
 * starts the window again.
 */
public record ResumptionToken(String value, Long completeListSize, Long cursor, Instant expirationDate) {
}
