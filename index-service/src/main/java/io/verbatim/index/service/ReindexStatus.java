package io.verbatim.index.service;

import java.time.Instant;
import java.util.Map;

/**
 * Where a reindex stands, as {@code ./verbatim reindex} prints it.
 *
 * @param state       {@code idle}, {@code copying}, {@code swapping}, {@code draining}, {@code done} or {@code failed}
 * @param generation  the indices being built (or built last), by alias
 * @param replaced    the indices the aliases pointed at before, dropped after the swap
 * @param copied      parsed events written to the new generation
 * @param total       parsed events on the topic when the reindex started
 */
public record ReindexStatus(String state, Map<String, String> generation, Map<String, String> replaced, long copied, long total,
                            Instant startedAt, Instant finishedAt, String error) {

    public static ReindexStatus idle() {
        return new ReindexStatus("idle", Map.of(), Map.of(), 0, 0, null, null, null);
    }

    public boolean isRunning() {
        return !state.equals("idle") && !state.equals("done") && !state.equals("failed");
    }

    ReindexStatus withState(String newState) {
        return new ReindexStatus(newState, generation, replaced, copied, total, startedAt,
                newState.equals("done") || newState.equals("failed") ? Instant.now() : finishedAt, error);
    }

    ReindexStatus withCopied(long count) {
        return new ReindexStatus(state, generation, replaced, count, total, startedAt, finishedAt, error);
    }

    ReindexStatus failed(String reason) {
        return new ReindexStatus("failed", generation, replaced, copied, total, startedAt, Instant.now(), reason);
    }
}
