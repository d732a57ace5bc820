package io.verbatim.ingest.harvest;

import io.verbatim.ingest.fetch.FetchException;
import io.verbatim.ingest.fetch.FetchResult;
import io.verbatim.ingest.fetch.PoliteFetcher;
import io.verbatim.ingest.service.IncomingRecord;
import io.verbatim.ingest.service.IngestReceipt;
import io.verbatim.ingest.service.RecordIngestor;
import io.verbatim.ingest.service.RejectedRecordException;
import io.verbatim.ingest.source.HarvestCheckpoint;
import io.verbatim.ingest.source.HarvestCounts;
import io.verbatim.ingest.source.SourceDefinition;
import io.verbatim.ingest.source.SourceRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * One harvest of one source: what a harvester needs to fetch politely, hand records to the ingestor, and
 * keep its checkpoint after every page.
 */
public final class HarvestRun {

    private static final Logger LOG = Logger.getLogger(HarvestRun.class);
    private static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private final SourceDefinition source;
    private final PoliteFetcher fetcher;
    private final RecordIngestor ingestor;
    private final SourceRegistry registry;
    private final BooleanSupplier stillOurs;
    private final Runnable progressed;
    /** Files fetched since the last checkpoint: asked for only if changed once the checkpoint passes them. */
    private final List<TakenFile> takenSinceCheckpoint = Collections.synchronizedList(new ArrayList<>());
    private HarvestCheckpoint checkpoint;
    private long seen;
    private long published;
    private long publishedThisRun;

    public HarvestRun(SourceDefinition source, HarvestCheckpoint checkpoint, PoliteFetcher fetcher, RecordIngestor ingestor,
            SourceRegistry registry, BooleanSupplier stillOurs, Runnable progressed) {
        this.progressed = progressed;
        this.source = source;
        this.checkpoint = checkpoint;
        this.fetcher = fetcher;
        this.ingestor = ingestor;
        this.registry = registry;
        this.stillOurs = stillOurs;
    }

    public SourceDefinition source() {
        return source;
    }

    public HarvestCheckpoint checkpoint() {
        return checkpoint;
    }

    /** The languages the source is harvested in ({@code languages=en,fr}); all six by default. */
    public List<String> languages() {
        return source.optionalSetting("languages")
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(UN_LANGUAGES);
    }

    public FetchResult fetch(URI uri) throws FetchException, InterruptedException {
        stopIfNoLongerOurs();
        return fetcher.fetch(uri);
    }

    /**
     * A conditional GET. The file's validators count only from the next checkpoint on: if this harvest fails before
     * it, the file is downloaded in full again (the SHA-256 ledger absorbs a copy already published), never answered
     * 304 and skipped.
     */
    public FetchResult fetchIfChanged(URI uri) throws FetchException, InterruptedException {
        stopIfNoLongerOurs();
        FetchResult result = fetcher.fetchIfChanged(uri);
        if (result.fetched()) {
            takenSinceCheckpoint.add(new TakenFile(uri, result.validators()));
        }
        return result;
    }

    /** Hands a fetched file to the ingestor; a refused one (empty, too large) is logged and counted, not retried. */
    public void offer(IncomingRecord record, FetchResult file) throws IOException {
        offer(record, new ByteArrayInputStream(file.body()));
    }

    public void offer(IncomingRecord record, InputStream content) throws IOException {
        counted(1, 0);
        try {
            IngestReceipt receipt = ingestor.ingest(record, content);
            if (IngestReceipt.ACCEPTED.equals(receipt.status())) {
                counted(0, 1);
            }
        } catch (RejectedRecordException e) {
            LOG.warnf("source %s: %s", source.id(), e.getMessage());
        }
    }

    /** A file that did not change since it was last fetched (304). */
    public void unchanged() {
        counted(1, 0);
    }

    /** A file the source lists but does not serve (404): reported and skipped, so one broken link does not stop the source. */
    public void missing(String sourceRecordId, String url) {
        counted(1, 0);
        LOG.warnf("source %s: record %s lists %s, which answers 404; skipped", source.id(), sourceRecordId, url);
    }

    public void withdraw(String sourceRecordId, String language) throws IOException {
        counted(1, 0);
        if (ingestor.withdraw(source.id(), sourceRecordId, language)) {
            counted(0, 1);
        }
    }

    private synchronized void counted(long seenMore, long publishedMore) {
        seen += seenMore;
        published += publishedMore;
    }

    /**
     * Takes each record of a page, as many at once as the source's fetcher lets into one host ({@code max-in-flight},
     * two by default; politeness delays still hold between requests), and returns once every one is done. The first
     * failure is thrown once the records under way have finished (none is begun after it); the page is then harvested
     * again from its checkpoint and the ledger absorbs what was already published.
     */
    public <T> void takeAll(List<T> records, RecordWork<T> work) throws IOException, FetchException, HarvestException,
            InterruptedException {
        int atOnce = fetcher.settings().maxInFlightPerHost();
        if (atOnce <= 1 || records.size() <= 1) {
            for (T record : records) {
                work.take(record);
            }
            return;
        }
        try (ExecutorService workers = Executors.newFixedThreadPool(atOnce,
                Thread.ofVirtual().name("harvest-" + source.id() + "-", 0).factory())) {
            List<Future<?>> taken = new ArrayList<>();
            for (T record : records) {
                taken.add(workers.submit(() -> {
                    work.take(record);
                    return null;
                }));
            }
            awaitAll(taken);
        }
    }

    private static void awaitAll(List<Future<?>> taken) throws IOException, FetchException, HarvestException,
            InterruptedException {
        try {
            for (Future<?> record : taken) {
                record.get();
            }
        } catch (ExecutionException e) {
            // records not begun are dropped; those under way finish (interrupted, one could be published and in the
            // ledger without being counted, and then never be counted, as the next harvest finds it a duplicate)
            taken.forEach(record -> record.cancel(false));
            switch (e.getCause()) {
                case IOException io -> throw io;
                case FetchException fetch -> throw fetch;
                case HarvestException harvest -> throw harvest;
                case InterruptedException interrupted -> throw interrupted;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            taken.forEach(record -> record.cancel(false));
            throw e;
        }
    }

    /** Moves the checkpoint on and keeps it, with the records counted since the last one. */
    public synchronized void advance(UnaryOperator<HarvestCheckpoint> step) throws IOException {
        HarvestCheckpoint next = step.apply(checkpoint).counted(seen, published);
        registry.saveCheckpoint(next);
        checkpoint = next;
        takenSinceCheckpoint.forEach(file -> fetcher.taken(file.uri(), file.validators()));
        takenSinceCheckpoint.clear();
        publishedThisRun += published;
        seen = 0;
        published = 0;
        progressed.run();
    }

    /** What this harvest counted since its last checkpoint: lost with it if it stops here, unless kept elsewhere. */
    public synchronized HarvestCounts uncounted() {
        return new HarvestCounts(seen, published);
    }

    /** Records sent down the pipeline by this harvest, up to its last checkpoint. */
    public long publishedThisRun() {
        return publishedThisRun;
    }

    /** Another instance took the source over (or this one is stopping): stop where the checkpoint is. */
    public void stopIfNoLongerOurs() throws InterruptedException {
        if (Thread.currentThread().isInterrupted() || !stillOurs.getAsBoolean()) {
            throw new InterruptedException("source " + source.id() + " is no longer harvested here");
        }
    }

    private record TakenFile(URI uri, FetchResult.Validators validators) {
    }
}
