package io.verbatim.contracts.record;

/**
 * Something that happened in the meeting besides speech: suspension, resumption, closing, change of chair,
 * decision, vote.
 *
 * @param type       one of the constants below
 * @param text       the sentence as printed
 * @param time       {@code HH:MM} where given
 * @param page       the page on which it is printed
 * @param afterSeq   the seq of the speech turn it follows (0 before the first)
 * @param agendaItem the agenda item under which it happened, or null
 * @param person     for a change of chair: who took the chair
 * @param vote       for a recorded vote: its result
 */
public record ProceduralEvent(
        String type,
        String text,
        String time,
        int page,
        int afterSeq,
        String agendaItem,
        Person person,
        RecordedVote vote) {

    public static final String OPENING = "opening";
    public static final String SUSPENSION = "suspension";
    public static final String RESUMPTION = "resumption";
    public static final String CLOSING = "closing";
    public static final String CHANGE_OF_CHAIR = "change-of-chair";
    public static final String DECISION = "decision";
    public static final String ADOPTION = "adoption";
    public static final String RECORDED_VOTE = "recorded-vote";
}
