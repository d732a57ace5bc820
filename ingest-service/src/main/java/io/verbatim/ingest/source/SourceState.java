package io.verbatim.ingest.source;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a source is doing, as {@code source list} shows it. */
public enum SourceState {
    /** Harvested on its schedule (now, or at its next run). */
    RUNNING,
    /** Kept, not harvested until resumed. */
    PAUSED,
    /** Its last harvest failed; the next one waits longer than its schedule. */
    BACKING_OFF,
    /** Several harvests in a row failed; it is still tried, at the longest backoff. */
    FAILING,
    /** Another instance harvests it. */
    ELSEWHERE;

    static final int FAILING_AFTER = 3;

    public static SourceState of(SourceDefinition source, HarvestCheckpoint checkpoint, boolean ownedHere) {
        if (source.paused()) {
            return PAUSED;
        }
        if (!ownedHere) {
            return ELSEWHERE;
        }
        int failures = checkpoint.consecutiveFailures();
        return failures == 0 ? RUNNING : failures < FAILING_AFTER ? BACKING_OFF : FAILING;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
