package io.verbatim.ingest.harvest;

import java.time.Instant;

/**
 * The datestamps one harvest asks for, both inclusive as in OAI-PMH; a null end is open.
 * A window after a checkpoint starts one granule before it: a record stamped in the checkpoint's own second
 * (or day) may not have been on the last page seen, and a record read twice changes nothing downstream,
 * since ids are derived from the record.
 */
public record HarvestWindow(Instant from, Instant until) {

    public HarvestWindow {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("harvest window ends (" + until + ") before it starts (" + from + ")");
        }
    }

    /** Everything the repository has. */
    public static HarvestWindow all() {
        return new HarvestWindow(null, null);
    }

    /** From one granule before the latest datestamp harvested, with no end. */
    public static HarvestWindow after(Instant checkpoint, Granularity granularity) {
        return new HarvestWindow(granularity.truncate(checkpoint).minus(granularity.granule()), null);
    }

    public HarvestWindow until(Instant end) {
        return new HarvestWindow(from, end);
    }
}
