package io.verbatim.ingest.harvest;

import java.util.Locale;

/** Whether a repository tells of deleted records (Identify's {@code deletedRecord}). */
public enum DeletedRecordPolicy {
    NO, PERSISTENT, TRANSIENT;

    static DeletedRecordPolicy fromProtocol(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException("unknown deletedRecord policy '" + value + "'; expected no, persistent or transient", e);
        }
    }
}
