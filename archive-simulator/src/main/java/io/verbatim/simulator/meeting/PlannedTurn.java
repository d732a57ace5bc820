package io.verbatim.simulator.meeting;

/** One turn of a planned meeting: the chair's or a delegate's. The chair speaks as the President's delegate. */
public record PlannedTurn(Delegate speaker, boolean chair) {
}
