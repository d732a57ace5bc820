package io.verbatim.index.service;

/** What a write did. */
public enum IndexOutcome {
    /** The record and its turns are written. */
    INDEXED,
    /** A newer version of the record was already there, or came in the same batch; nothing written. */
    STALE,
    /** The record was withdrawn: it and its turns are gone from the indices. */
    DELETED,
    /** A withdrawal of a record that was never indexed; nothing to do. */
    ABSENT,
    /** Elasticsearch refused the record for good (see {@link IndexResult#failure()}): it belongs on the dead-letter topic. */
    REFUSED
}
