package io.verbatim.ingest.harvest;

import io.verbatim.ingest.fetch.FetchException;
import io.verbatim.ingest.source.SourceType;
import java.io.IOException;

/** Harvests one kind of source: lists what is new since the checkpoint and hands each file to the run. */
public interface Harvester {

    SourceType type();

    /**
     * Harvests until the source has nothing more, keeping the checkpoint as it goes. A failure leaves the
     * checkpoint where the last completed step left it, so the next harvest repeats at most one page.
     */
    void harvest(HarvestRun run) throws IOException, FetchException, HarvestException, InterruptedException;
}
