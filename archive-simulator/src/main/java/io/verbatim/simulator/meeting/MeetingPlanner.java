package io.verbatim.simulator.meeting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plans the meeting behind a record number, a pure function of the seed and that number: the organ takes
 * turns (Council, Assembly, Conference), each organ's meetings are numbered on from its first, one meeting
 * per organ on each working day from 9 September 2025; the chair and speakers are drawn from
 * {@link Delegations}. Tests call {@link #expected} to know what a record says without reading it.
 */
public final class MeetingPlanner {

    static final LocalDate FIRST_MEETING_DAY = LocalDate.of(2025, 9, 9);
    private static final int MIN_SPEAKERS = 3;
    private static final int MAX_SPEAKERS = 6;
    private static final List<MeetingSeries> ROTATION = List.of(MeetingSeries.values());

    private final long seed;
    private final List<Delegate> delegates;
    private final Map<MeetingSeries, List<AgendaItem>> agenda;

    public MeetingPlanner(long seed) {
        this.seed = seed;
        this.delegates = Delegations.load();
        this.agenda = loadAgenda();
    }

    public MeetingPlan plan(int recordNumber) {
        return plan(recordNumber, 1);
    }

    /** A later version keeps the meeting and its speakers and draws new sentences for the speeches. */
    public MeetingPlan plan(int recordNumber, int version) {
        if (recordNumber < 1) {
            throw new IllegalArgumentException("record numbers start at 1, not " + recordNumber);
        }
        MeetingSeries series = ROTATION.get((recordNumber - 1) % ROTATION.size());
        int index = (recordNumber - 1) / ROTATION.size();
        SplittableRandom random = new SplittableRandom(mix(seed, recordNumber));
        LocalDate date = workingDayAfter(FIRST_MEETING_DAY, index);
        LocalTime scheduled = random.nextBoolean() ? LocalTime.of(10, 0) : LocalTime.of(15, 0);
        LocalTime calledToOrder = scheduled.plusMinutes(random.nextInt(0, 20));
        LocalTime rose = calledToOrder.plusMinutes(random.nextInt(60, 170));

        List<Delegate> pool = new ArrayList<>(delegates);
        Delegate president = pool.remove(random.nextInt(pool.size()));
        int speakers = random.nextInt(MIN_SPEAKERS, MAX_SPEAKERS + 1);
        List<PlannedTurn> turns = new ArrayList<>();
        turns.add(new PlannedTurn(president, true));
        for (int i = 0; i < speakers; i++) {
            turns.add(new PlannedTurn(pool.remove(random.nextInt(pool.size())), false));
            turns.add(new PlannedTurn(president, true));
        }
        List<AgendaItem> items = agenda.get(series);
        AgendaItem item = items.get(random.nextInt(items.size()));
        String jobNumber = String.format("%02d-%05d", date.getYear() % 100, 10_000 + Math.floorMod(mix(seed, recordNumber), 90_000));
        return new MeetingPlan(recordNumber, series, series.firstMeeting() + index, date, scheduled, calledToOrder, rose,
                jobNumber, president, turns, item, mix(mix(seed, recordNumber), version));
    }

    /** What the parser should read from the record in this edition: symbol, number, date and each turn. */
    public ExpectedRecord expected(int recordNumber, Language language) {
        MeetingPlan plan = plan(recordNumber);
        Edition edition = Edition.of(language);
        List<ExpectedTurn> turns = plan.turns().stream().map(turn -> turn.chair()
                ? new ExpectedTurn(edition.chairHead(turn.speaker().female()), ExpectedTurn.PRESIDENT, null, turn.speaker().spoken().code())
                : new ExpectedTurn(edition.delegateHead(turn.speaker()), ExpectedTurn.SPEAKER, turn.speaker().country(),
                        turn.speaker().spoken().code()))
                .toList();
        return new ExpectedRecord(plan.symbol(), plan.series().englishName(), plan.meetingNumber(), plan.date(), plan.jobNumber(), turns);
    }

    private static LocalDate workingDayAfter(LocalDate first, int workingDays) {
        LocalDate day = first;
        for (int i = 0; i < workingDays; i++) {
            day = day.plusDays(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    /** Spreads neighbouring seeds and numbers apart (the finaliser of SplitMix64). */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Map<MeetingSeries, List<AgendaItem>> loadAgenda() {
        Map<MeetingSeries, List<AgendaItem>> items = new EnumMap<>(MeetingSeries.class);
        try (InputStream in = MeetingPlanner.class.getResourceAsStream("agenda.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource agenda.tsv is missing from the archive-simulator jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                if (!row.isBlank() && !row.startsWith("#")) {
                    String[] c = row.split("\t");
                    MeetingSeries series = java.util.Arrays.stream(MeetingSeries.values())
                            .filter(s -> s.setSpec().equals(c[0])).findFirst().orElseThrow();
                    items.computeIfAbsent(series, s -> new ArrayList<>()).add(new AgendaItem(c[1], c[2], c[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }
}
