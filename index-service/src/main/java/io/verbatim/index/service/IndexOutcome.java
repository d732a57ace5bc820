package io.verbatim.index.service;

/** What a write did: {@code INDEXED}, or {@code STALE} when a newer version of the record was already there. */
public enum IndexOutcome {
    INDEXED,
    STALE
}
