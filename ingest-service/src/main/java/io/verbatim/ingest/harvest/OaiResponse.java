package io.verbatim.ingest.harvest;

/** What one OAI-PMH response says: who the repository is, a page of records, or a protocol error. */
public sealed interface OaiResponse permits RepositoryIdentity, RecordPage, ProtocolError {
}
