package io.verbatim.ingest.source;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A source as {@code source list} and {@code source show} print it.
 *
 * @param nextRun when this instance harvests it next; null when another instance harvests it
 */
public record SourceStatus(String id, SourceType type, SourceState state, boolean harvesting, Duration every,
                           Map<String, String> settings, Instant lastHarvest, Instant lastSuccess, Instant harvestedUntil,
                           Long nextNumber, long recordsSeen, long recordsPublished, long errors, String lastError,
                           Instant lastErrorAt, Instant nextRun) {

    public static SourceStatus of(SourceDefinition source, HarvestCheckpoint checkpoint, boolean ownedHere, boolean harvesting,
            Instant nextRun) {
        return new SourceStatus(source.id(), source.type(), SourceState.of(source, checkpoint, ownedHere), harvesting, source.every(),
                source.settings(), checkpoint.lastHarvest(), checkpoint.lastSuccess(), checkpoint.harvestedUntil(),
                checkpoint.nextNumber(), checkpoint.recordsSeen(), checkpoint.recordsPublished(), checkpoint.errors(),
                checkpoint.lastError(), checkpoint.lastErrorAt(), ownedHere ? nextRun : null);
    }
}
