package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verbatim.simulator.ArchiveSimulator;
import java.time.Duration;

/** A stream of harvested records in flight, for tests that strike while it flows and then count what arrived. */
final class HarvestedStream {

    static final Duration WITHIN = Duration.ofMinutes(4);

    private final ServiceProcess harvester;
    private final IndexedRecords indexed;
    private final int records;

    HarvestedStream(ServiceProcess harvester, IndexedRecords indexed, int records) {
        this.harvester = harvester;
        this.indexed = indexed;
        this.records = records;
    }

    /** An archive of {@code records} whose answers take a little while, so that a harvest lasts long enough to strike. */
    static ArchiveSimulator pacedArchive(int records, long seed) {
        ArchiveSimulator archive = HarvestSources.archive(records, 20, seed);
        archive.slowResponses(Duration.ofMillis(40));
        return archive;
    }

    void awaitDocuments(String source, int atLeast, String when) {
        await(atLeast + " documents of " + source + " searchable " + when).atMost(WITHIN).ignoreExceptions()
                .until(() -> indexed.documentsOf(source) >= atLeast);
    }

    /** Every record of the archive searchable exactly once with its turns, and the source's figures agreeing. */
    void awaitEveryRecordOnce(ArchiveSimulator archive, String source) {
        archive.slowResponses(Duration.ZERO);
        await("all " + records + " records of " + source + " searchable").atMost(WITHIN).ignoreExceptions()
                .until(() -> indexed.documentsOf(source) == records);
        indexed.assertEachRecordOnceWithItsTurns(archive, source);
        await("the source's figures caught up").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(HarvestSources.status(harvester.baseUrl(), source).path("recordsPublished").asLong())
                        .as("records " + source + " says it published").isEqualTo(records));
    }
}
