package io.verbatim.contracts;

/**
 * Headers of a dead-lettered record. The names are those SmallRye Reactive Messaging writes with
 * {@code failure-strategy=dead-letter-queue}, so every stage and the replay tool read the same ones.
 */
public final class DeadLetterHeaders {
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String CAUSE_CLASS = "dead-letter-exception-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    /** How many times a record has been replayed from a dead-letter topic. */
    public static final String REPLAY_COUNT = "verbatim-replay-count";

    private DeadLetterHeaders() {
    }
}
