package io.verbatim.ingest.service;

import io.quarkus.scheduler.Scheduled;
import io.verbatim.ingest.config.IngestConfig;
import io.verbatim.ingest.harvest.HarvestRun;
import io.verbatim.ingest.harvest.Harvester;
import io.verbatim.ingest.harvest.SourceFetchers;
import io.verbatim.ingest.source.HarvestCheckpoint;
import io.verbatim.ingest.source.HarvestCounts;
import io.verbatim.ingest.source.SourceDefinition;
import io.verbatim.ingest.source.SourceOwnership;
import io.verbatim.ingest.source.SourceRegistry;
import io.verbatim.ingest.source.SourceStatus;
import io.verbatim.ingest.source.SourceType;
import io.verbatim.ingest.store.BlobStoreFullException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/**
 * Harvests each source this instance owns on its schedule, one harvest per source at a time. A harvest that
 * fails is retried after a backoff that doubles with each failure in a row (up to
 * {@code verbatim.harvest.max-backoff}); the other sources go on. A source paused, removed or taken over
 * by another instance has its harvest stopped where its checkpoint stands.
 */
@ApplicationScoped
public class HarvestScheduler {

    private static final Logger LOG = Logger.getLogger(HarvestScheduler.class);

    private final SourceRegistry registry;
    private final SourceOwnership ownership;
    private final SourceFetchers fetchers;
    private final RecordIngestor ingestor;
    private final IngestConfig config;
    private final HarvestMetrics metrics;
    private final Map<SourceType, Harvester> harvesters = new EnumMap<>(SourceType.class);
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
    private final Map<String, Instant> nextRuns = new ConcurrentHashMap<>();
    private final Map<String, Instant> progress = new ConcurrentHashMap<>();
    private final Map<String, HarvestCounts> uncounted = new ConcurrentHashMap<>();
    /** A harvest whose checkpoint has not moved for this long is reported as stuck. */
    public static final Duration STUCK_AFTER = Duration.ofMinutes(10);
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("harvest-", 0).daemon().factory());

    public HarvestScheduler(SourceRegistry registry, SourceOwnership ownership, SourceFetchers fetchers, RecordIngestor ingestor,
            IngestConfig config, HarvestMetrics metrics, Instance<Harvester> harvesters) {
        this.metrics = metrics;
        this.registry = registry;
        this.ownership = ownership;
        this.fetchers = fetchers;
        this.ingestor = ingestor;
        this.config = config;
        harvesters.forEach(h -> this.harvesters.put(h.type(), h));
    }

    @Scheduled(every = "${verbatim.harvest.tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() throws IOException {
        if (!config.harvest().enabled() || !registry.isLoaded()) {
            return;
        }
        Instant now = Instant.now();
        List<SourceStatus> statuses = new ArrayList<>();
        for (SourceDefinition source : registry.all()) {
            boolean owned = ownership.owns(source.id());
            HarvestCheckpoint checkpoint = registry.checkpoint(source.id());
            if (source.paused() || !owned) {
                stop(source.id());
            } else if (!running.containsKey(source.id()) && isDue(source, checkpoint, now)) {
                start(source, now);
            }
            if (owned) {
                // Only the owner reports a source, so that figures summed over the instances count it once.
                statuses.add(SourceStatus.of(source, checkpoint, true, running.containsKey(source.id()), nextRuns.get(source.id())));
            }
        }
        running.keySet().stream().filter(id -> !isDefined(id)).forEach(this::stop);
        metrics.update(statuses);
    }

    /** When this instance will next harvest the source, if it harvests it. */
    public Optional<Instant> nextRun(String sourceId) {
        return Optional.ofNullable(nextRuns.get(sourceId));
    }

    /** The harvests running here whose checkpoint has not moved for {@link #STUCK_AFTER}, with how long. */
    public Map<String, Duration> stuckHarvests() {
        Map<String, Duration> stuck = new java.util.TreeMap<>();
        Instant now = Instant.now();
        for (String id : running.keySet()) {
            Instant lastProgress = progress.get(id);
            if (lastProgress != null && Duration.between(lastProgress, now).compareTo(STUCK_AFTER) > 0) {
                stuck.put(id, Duration.between(lastProgress, now));
            }
        }
        return stuck;
    }

    public boolean isHarvesting(String sourceId) {
        return running.containsKey(sourceId);
    }

    private boolean isDue(SourceDefinition source, HarvestCheckpoint checkpoint, Instant now) {
        Instant requested = source.harvestRequestedAt();
        if (requested != null && (checkpoint.lastHarvest() == null || requested.isAfter(checkpoint.lastHarvest()))) {
            return true;
        }
        Instant next = nextRuns.get(source.id());
        return next == null || !now.isBefore(next);
    }

    private void start(SourceDefinition source, Instant now) throws IOException {
        HarvestCounts carried = uncounted.getOrDefault(source.id(), HarvestCounts.NONE);
        HarvestCheckpoint checkpoint = registry.checkpoint(source.id()).counted(carried.seen(), carried.published()).started(now);
        registry.saveCheckpoint(checkpoint);
        uncounted.remove(source.id(), carried);
        Harvester harvester = harvesters.get(source.type());
        progress.put(source.id(), now);
        HarvestRun run = new HarvestRun(source, checkpoint, fetchers.forSource(source), ingestor, registry,
                () -> ownership.owns(source.id()) && isDefined(source.id()), () -> progress.put(source.id(), Instant.now()));
        nextRuns.put(source.id(), now.plus(source.every()));
        running.put(source.id(), executor.submit(() -> harvest(harvester, run)));
    }

    private void harvest(Harvester harvester, HarvestRun run) {
        String id = run.source().id();
        try {
            harvester.harvest(run);
            registry.saveCheckpoint(run.checkpoint().succeeded(Instant.now()));
            if (run.publishedThisRun() > 0) {
                LOG.infof("harvested source %s: %d records published", id, run.publishedThisRun());
            } else {
                LOG.debugf("harvested source %s: nothing new", id);
            }
        } catch (InterruptedException e) {
            LOG.infof("harvest of source %s stopped: %s", id, e.getMessage());
            keepUncounted(run);
        } catch (Exception e) {
            keepUncounted(run);
            failed(run, e);
        } finally {
            running.remove(id);
        }
    }

    private void failed(HarvestRun run, Exception e) {
        String id = run.source().id();
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        HarvestCheckpoint failed = run.checkpoint().failed(Instant.now(), reason);
        // A full disk is ours, not the source's: it is tried again at the usual pace, so harvesting resumes soon after
        // space is freed instead of after a backoff grown while it was full.
        Duration backoff = causedBy(e, BlobStoreFullException.class) ? run.source().every()
                : backoff(run.source().every(), failed.consecutiveFailures());
        nextRuns.put(id, Instant.now().plus(backoff));
        LOG.warnf("harvest of source %s failed (%d in a row): %s; next try in %s", id, failed.consecutiveFailures(), reason, backoff);
        try {
            registry.saveCheckpoint(failed);
        } catch (IOException saveFailure) {
            LOG.errorf("cannot keep the failure of source %s: %s", id, saveFailure.getMessage());
        }
    }

    /**
     * Keeps what a harvest that stopped between checkpoints had counted, for the next harvest of the source here to
     * start with: the records it published are duplicates when its page is harvested again, so are not counted then.
     * Kept in memory, not in the checkpoint: the broker may be gone (the usual reason a harvest stops mid-page), and
     * the source may have moved to another instance, whose checkpoint must not be overwritten.
     */
    private void keepUncounted(HarvestRun run) {
        HarvestCounts counts = run.uncounted();
        if (!counts.isEmpty()) {
            uncounted.merge(run.source().id(), counts, HarvestCounts::plus);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    Duration backoff(Duration every, int failures) {
        Duration max = config.harvest().maxBackoff();
        Duration wait = every;
        for (int i = 0; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private boolean isDefined(String sourceId) {
        try {
            return registry.find(sourceId).filter(s -> !s.paused()).isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    private void stop(String sourceId) {
        Future<?> harvest = running.get(sourceId);
        if (harvest != null) {
            harvest.cancel(true);
        }
        nextRuns.remove(sourceId);
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
