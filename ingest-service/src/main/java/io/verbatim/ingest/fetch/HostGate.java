package io.verbatim.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The door to one host: at most {@code maxInFlight} requests through it at once, starts at least
 * {@code minDelay} apart, and none while the host has asked us to stay away (Retry-After, or our own
 * backoff after a failure). Times are monotonic nanoseconds, so a changed wall clock changes nothing.
 */
final class HostGate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final LongSupplier nanoTime;
    private final int maxInFlight;
    private volatile long minDelayNanos;
    private int inFlight;
    /** Monotonic nanoseconds compare only by difference, so both start at the creation time, not at a sentinel. */
    private long nextStart;
    private long closedUntil;

    HostGate(Duration minDelay, int maxInFlight, LongSupplier nanoTime) {
        this.minDelayNanos = minDelay.toNanos();
        this.maxInFlight = maxInFlight;
        this.nanoTime = nanoTime;
        this.nextStart = nanoTime.getAsLong();
        this.closedUntil = nextStart;
    }

    void minDelay(Duration delay) {
        minDelayNanos = delay.toNanos();
    }

    Duration minDelay() {
        return Duration.ofNanos(minDelayNanos);
    }

    /** Waits until a request may start, and counts it in flight. Pair with {@link #leave()}. */
    void enter() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                long now = nanoTime.getAsLong();
                long opensAt = Math.max(nextStart, closedUntil);
                if (inFlight < maxInFlight && now - opensAt >= 0) {
                    inFlight++;
                    nextStart = now + minDelayNanos;
                    return;
                }
                if (inFlight >= maxInFlight) {
                    changed.await();
                } else {
                    changed.awaitNanos(opensAt - now);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    void leave() {
        lock.lock();
        try {
            inFlight--;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** No request starts for {@code pause} from now (the longest of the pauses asked for wins). */
    void closeFor(Duration pause) {
        lock.lock();
        try {
            long until = nanoTime.getAsLong() + pause.toNanos();
            if (until - closedUntil > 0) {
                closedUntil = until;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How long until the gate opens again, for the status shown to people. */
    Duration closedFor() {
        lock.lock();
        try {
            long left = closedUntil - nanoTime.getAsLong();
            return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
        } finally {
            lock.unlock();
        }
    }

    static long millis(Duration duration) {
        return TimeUnit.NANOSECONDS.toMillis(duration.toNanos());
    }
}
