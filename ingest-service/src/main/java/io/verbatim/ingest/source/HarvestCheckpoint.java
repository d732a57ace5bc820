package io.verbatim.ingest.source;

import java.time.Instant;

/**
 * Where a source's harvest stands, kept after every page so that a restart, or the instance that takes the
 * source over, goes on from there.
 *
 * @param harvestedUntil    OAI-PMH: the latest datestamp of a list harvested to its end; the next list starts there
 * @param pendingUntil      the latest datestamp seen in the list in progress
 * @param resumptionToken   the token that asks for the next page not yet taken, or null
 * @param nextNumber        symbol watcher: the next meeting number to look for
 * @param recordsSeen       records (language files, withdrawals) the source listed, over its life
 * @param recordsPublished  of those, the ones sent down the pipeline (new or changed content, withdrawals)
 * @param errors            harvests that failed
 * @param consecutiveFailures failed harvests since the last one that succeeded
 */
public record HarvestCheckpoint(String sourceId, Instant harvestedUntil, Instant pendingUntil, String resumptionToken,
                                Long nextNumber, Instant lastHarvest, Instant lastSuccess, String lastError,
                                Instant lastErrorAt, int consecutiveFailures, long recordsSeen, long recordsPublished,
                                long errors) {

    public static HarvestCheckpoint first(String sourceId) {
        return new HarvestCheckpoint(sourceId, null, null, null, null, null, null, null, null, 0, 0, 0, 0);
    }

    /** A page taken: the next one to ask for, and the latest datestamp seen so far. */
    public HarvestCheckpoint pageTaken(String nextToken, Instant latestSeen) {
        return new HarvestCheckpoint(sourceId, harvestedUntil, later(pendingUntil, latestSeen), nextToken, nextNumber, lastHarvest,
                lastSuccess, lastError, lastErrorAt, consecutiveFailures, recordsSeen, recordsPublished, errors);
    }

    /** The list is done: the next harvest starts from the latest datestamp seen. */
    public HarvestCheckpoint listCompleted() {
        return new HarvestCheckpoint(sourceId, later(harvestedUntil, pendingUntil), null, null, nextNumber, lastHarvest, lastSuccess,
                lastError, lastErrorAt, consecutiveFailures, recordsSeen, recordsPublished, errors);
    }

    /** The resumption token was refused (expired, or the repository restarted): the list starts again from the checkpoint. */
    public HarvestCheckpoint tokenRefused() {
        return new HarvestCheckpoint(sourceId, harvestedUntil, pendingUntil, null, nextNumber, lastHarvest, lastSuccess, lastError,
                lastErrorAt, consecutiveFailures, recordsSeen, recordsPublished, errors);
    }

    public HarvestCheckpoint numberTaken(long next) {
        return new HarvestCheckpoint(sourceId, harvestedUntil, pendingUntil, resumptionToken, next, lastHarvest, lastSuccess,
                lastError, lastErrorAt, consecutiveFailures, recordsSeen, recordsPublished, errors);
    }

    public HarvestCheckpoint counted(long seen, long published) {
        return new HarvestCheckpoint(sourceId, harvestedUntil, pendingUntil, resumptionToken, nextNumber, lastHarvest, lastSuccess,
                lastError, lastErrorAt, consecutiveFailures, recordsSeen + seen, recordsPublished + published, errors);
    }

    public HarvestCheckpoint started(Instant at) {
        return new HarvestCheckpoint(sourceId, harvestedUntil, pendingUntil, resumptionToken, nextNumber, at, lastSuccess, lastError,
                lastErrorAt, consecutiveFailures, recordsSeen, recordsPublished, errors);
    }

    public HarvestCheckpoint succeeded(Instant at) {
        return new HarvestCheckpoint(sourceId, harvestedUntil, pendingUntil, resumptionToken, nextNumber, lastHarvest, at, lastError,
                lastErrorAt, 0, recordsSeen, recordsPublished, errors);
    }

    public HarvestCheckpoint failed(Instant at, String reason) {
        return new HarvestCheckpoint(sourceId, harvestedUntil, pendingUntil, resumptionToken, nextNumber, lastHarvest, lastSuccess,
                reason, at, consecutiveFailures + 1, recordsSeen, recordsPublished, errors + 1);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
