package io.verbatim.simulator.archive;

import io.verbatim.simulator.meeting.MeetingPlanner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The records the simulator serves, in recid order. Record number n has recid {@code FIRST_RECID + n - 1};
 * datestamps come from the clock and are whole seconds, the OAI granularity. Thread-safe: the server's
 * threads read while a test or the publishing schedule writes.
 */
public final class Archive {

    public static final long FIRST_RECID = 4_100_001L;
    /** The initial records were catalogued one a minute, the last one a minute before the archive opened. */
    private static final Duration INITIAL_SPACING = Duration.ofMinutes(1);

    private final MeetingPlanner planner;
    private final Clock clock;
    private final NavigableMap<Long, ArchivedRecord> records = new TreeMap<>();
    private final Map<String, Long> recidBySymbol = new ConcurrentHashMap<>();

    public Archive(MeetingPlanner planner, Clock clock, int initialRecords) {
        this.planner = planner;
        this.clock = clock;
        Instant opened = now();
        for (int n = 1; n <= initialRecords; n++) {
            put(new ArchivedRecord(recid(n), planner.plan(n), 1, opened.minus(INITIAL_SPACING.multipliedBy(initialRecords - n + 1L)), false));
        }
    }

    public static long recid(int recordNumber) {
        return FIRST_RECID + recordNumber - 1;
    }

    /** New records after the last, catalogued now. */
    public synchronized List<ArchivedRecord> publish(int count) {
        Instant at = now();
        int next = records.isEmpty() ? 1 : records.lastEntry().getValue().recordNumber() + 1;
        List<ArchivedRecord> published = new ArrayList<>();
        for (int n = next; n < next + count; n++) {
            ArchivedRecord record = new ArchivedRecord(recid(n), planner.plan(n), 1, at, false);
            put(record);
            published.add(record);
        }
        return published;
    }

    /** A new version of each record: new content, datestamp now. */
    public synchronized List<ArchivedRecord> change(Collection<Long> recids) {
        Instant at = now();
        return recids.stream().map(this::existing).map(r -> {
            ArchivedRecord changed = new ArchivedRecord(r.recid(), planner.plan(r.recordNumber(), r.version() + 1), r.version() + 1, at, r.deleted());
            put(changed);
            return changed;
        }).toList();
    }

    /** Deleted records stay in the archive, datestamped now, as OAI's persistent deletion asks. */
    public synchronized List<ArchivedRecord> delete(Collection<Long> recids) {
        Instant at = now();
        return recids.stream().map(this::existing).map(r -> {
            ArchivedRecord deleted = new ArchivedRecord(r.recid(), r.plan(), r.version(), at, true);
            put(deleted);
            return deleted;
        }).toList();
    }

    public synchronized List<ArchivedRecord> records() {
        return List.copyOf(records.values());
    }

    public synchronized Optional<ArchivedRecord> find(long recid) {
        return Optional.ofNullable(records.get(recid));
    }

    public synchronized Optional<ArchivedRecord> findBySymbol(String symbol) {
        Long recid = recidBySymbol.get(symbol.strip().replaceAll("\\s+", " "));
        return recid == null ? Optional.empty() : find(recid);
    }

    /** The oldest datestamp, or now when the archive is empty. */
    public synchronized Instant earliestDatestamp() {
        return records.values().stream().map(ArchivedRecord::datestamp).min(Instant::compareTo).orElseGet(this::now);
    }

    private ArchivedRecord existing(long recid) {
        ArchivedRecord record = records.get(recid);
        if (record == null) {
            throw new IllegalArgumentException("no record " + recid + " in the archive (recids run from " + FIRST_RECID + ")");
        }
        return record;
    }

    private void put(ArchivedRecord record) {
        records.put(record.recid(), record);
        recidBySymbol.put(record.symbol(), record.recid());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
