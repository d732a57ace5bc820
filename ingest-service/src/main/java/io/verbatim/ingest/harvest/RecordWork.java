package io.verbatim.ingest.harvest;

import io.verbatim.ingest.fetch.FetchException;
import java.io.IOException;

/** What a harvester does with one listed record: fetch its files and offer them. */
@FunctionalInterface
public interface RecordWork<T> {

    void take(T record) throws IOException, FetchException, HarvestException, InterruptedException;
}
