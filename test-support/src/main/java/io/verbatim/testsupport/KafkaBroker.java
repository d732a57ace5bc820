package io.verbatim.testsupport;

/** The Kafka broker of a test run: one KRaft node. */
public interface KafkaBroker {

    /** {@code host:port} for {@code bootstrap.servers}; stays the same across {@link #restart()}. */
    String bootstrapServers();

    /** Starts the broker again after {@link #stop()} or {@link #kill()}, on the same ports and with the same data. */
    void start();

    /** Stops the broker cleanly (SIGTERM, then SIGKILL after a timeout). */
    void stop();

    /** Kills the broker at once (SIGKILL), as a crash would. */
    void kill();

    /** {@link #stop()} then {@link #start()}. */
    default void restart() {
        stop();
        start();
    }

    boolean isRunning();
}
