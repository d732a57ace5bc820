package io.verbatim.simulator.meeting;

import java.time.LocalDate;
import java.util.List;

/** What one edition of a synthetic record contains, for tests to compare with what was read from it. */
public record ExpectedRecord(String symbol, String body, int meetingNumber, LocalDate date, String jobNumber,
        List<ExpectedTurn> turns) {

    public ExpectedRecord {
        turns = List.copyOf(turns);
    }

    public int turnCount() {
        return turns.size();
    }

    /** The delegates who spoke, in order, without the chair's turns. */
    public List<ExpectedTurn> speakers() {
        return turns.stream().filter(t -> t.role().equals(ExpectedTurn.SPEAKER)).toList();
    }
}
