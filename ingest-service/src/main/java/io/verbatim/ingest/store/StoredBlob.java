package io.verbatim.ingest.store;

/** Bytes kept in the blob store under their SHA-256. */
public record StoredBlob(String sha256, long size) {
}
