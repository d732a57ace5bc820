package io.verbatim.simulator.oai;

import io.verbatim.simulator.archive.ArchivedRecord;
import java.time.Instant;

/**
 * What a ListRecords or ListIdentifiers request selects; a resumption token carries it from page to page.
 *
 * @param from  inclusive, or null
 * @param until inclusive, or null
 * @param set   a set spec, or null for all
 */
record ListQuery(String verb, String metadataPrefix, Instant from, Instant until, String set) {

    boolean selects(ArchivedRecord record) {
        return (from == null || !record.datestamp().isBefore(from))
                && (until == null || !record.datestamp().isAfter(until))
                && (set == null || record.plan().series().setSpec().equals(set));
    }
}
