package io.verbatim.simulator.archive;

import io.verbatim.simulator.meeting.MeetingPlan;
import java.time.Instant;

/**
 * One record of the archive as it stands now: its recid, the meeting it holds, which version of its
 * content is current, when it was last (re)catalogued (the OAI datestamp) and whether it was deleted.
 */
public record ArchivedRecord(long recid, MeetingPlan plan, int version, Instant datestamp, boolean deleted) {

    public String symbol() {
        return plan.symbol();
    }

    public int recordNumber() {
        return plan.recordNumber();
    }
}
