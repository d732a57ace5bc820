package io.verbatim.parse.service;

import io.verbatim.parse.config.ParseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many records are parsed at once: up to {@code verbatim.parse.concurrency} small ones, but a record larger than
 * {@code verbatim.parse.alone-above-bytes} takes every slot, so that it has the heap to itself (the parser's limits,
 * 12 MB of text, are sized for one record in the service's heap). Fair, so a large record is not passed over for
 * ever by small ones.
 */
@ApplicationScoped
public class ParseSlots {

    private final int slots;
    private final long aloneAboveBytes;
    private final Semaphore free;

    @Inject
    public ParseSlots(ParseConfig config) {
        this(config.parse().concurrency(), config.parse().aloneAboveBytes());
    }

    ParseSlots(int slots, long aloneAboveBytes) {
        if (slots < 1) {
            throw new IllegalArgumentException("verbatim.parse.concurrency must be 1 or more, not " + slots);
        }
        this.slots = slots;
        this.aloneAboveBytes = aloneAboveBytes;
        this.free = new Semaphore(slots, true);
    }

    /** Runs the parse of a record of this size once it has its slots. */
    public <T> T parse(long sizeBytes, Supplier<T> parse) {
        int needed = slotsFor(sizeBytes);
        free.acquireUninterruptibly(needed);
        try {
            return parse.get();
        } finally {
            free.release(needed);
        }
    }

    int slotsFor(long sizeBytes) {
        return sizeBytes > aloneAboveBytes ? slots : 1;
    }

    /** Slots free now; for tests. */
    int available() {
        return free.availablePermits();
    }
}
