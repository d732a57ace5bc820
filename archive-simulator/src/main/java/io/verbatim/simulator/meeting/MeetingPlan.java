package io.verbatim.simulator.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything a synthetic meeting is, before any edition is written: which organ met, when, who presided,
 * who spoke in which order. The same record number and seed always give the same plan.
 *
 * @param phraseSeed chooses the sentences of the speeches; a new version of the record draws new ones
 */
public record MeetingPlan(int recordNumber, MeetingSeries series, int meetingNumber, LocalDate date, LocalTime scheduled,
        LocalTime calledToOrder, LocalTime rose, String jobNumber, Delegate president, List<PlannedTurn> turns,
        AgendaItem agendaItem, long phraseSeed) {

    public MeetingPlan {
        turns = List.copyOf(turns);
    }

    public String symbol() {
        return series.symbol(meetingNumber);
    }

    /** The speakers other than the chair, in the order they took the floor. */
    public List<Delegate> speakers() {
        return turns.stream().filter(t -> !t.chair()).map(PlannedTurn::speaker).toList();
    }
}
