package io.verbatim.simulator.feed;

import io.verbatim.simulator.archive.Archive;
import io.verbatim.simulator.archive.ArchivedRecord;
import java.util.Comparator;
import java.util.List;

/** The records a feed lists: the newest that are not deleted, last catalogued first. */
final class FeedEntries {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 200;

    private FeedEntries() {
    }

    static List<ArchivedRecord> newest(Archive archive, int size) {
        return archive.records().stream().filter(r -> !r.deleted())
                .sorted(Comparator.comparing(ArchivedRecord::datestamp).thenComparing(ArchivedRecord::recid).reversed())
                .limit(Math.max(1, Math.min(MAX_SIZE, size))).toList();
    }
}
