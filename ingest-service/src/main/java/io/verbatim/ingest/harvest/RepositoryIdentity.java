package io.verbatim.ingest.harvest;

import java.time.Instant;

/** The answer to {@code verb=Identify}: what the harvester needs to build its requests. */
public record RepositoryIdentity(String repositoryName, String baseUrl, String protocolVersion, Granularity granularity,
                                 Instant earliestDatestamp, DeletedRecordPolicy deletedRecord) implements OaiResponse {
}
