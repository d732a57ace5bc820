package io.verbatim.simulator.archive;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Publishes one new record at a fixed interval, as the archive receives new meeting records through the day. */
public final class PublishingSchedule {

    private final Archive archive;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public PublishingSchedule(Archive archive, Duration interval) {
        this.archive = archive;
        this.interval = interval;
    }

    public synchronized void start() {
        if (interval.isZero() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "archive-simulator-publisher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        scheduler.scheduleAtFixedRate(() -> archive.publish(1), millis, millis, TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
