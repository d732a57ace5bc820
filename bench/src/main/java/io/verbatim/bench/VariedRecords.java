package io.verbatim.bench;

import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Copies of the template records that do not repeat them: the n-th copy of a record has its own id, symbol, meeting
 * number and date (spread over thirty years), its delegates' turns given to other speakers of that language, and
 * half of each turn's sentences drawn from every record of that language, so that the index holds many different
 * turns with term statistics like those of its sources. The same n always gives the same copy.
 */
final class VariedRecords {

    private static final LocalDate FIRST_DATE = LocalDate.of(1996, 1, 1);
    private static final int DAYS = 31 * 365;
    private static final int FIRST_MEETING = 2000;

    private final List<MeetingRecord> templates;
    private final Map<String, List<String>> sentences = new HashMap<>();
    private final Map<String, List<SpeechTurn>> speakers = new HashMap<>();

    VariedRecords(List<MeetingRecord> templates) {
        this.templates = templates;
        for (MeetingRecord record : templates) {
            List<String> pool = sentences.computeIfAbsent(record.language(), language -> new ArrayList<>());
            Set<String> seen = new LinkedHashSet<>();
            for (SpeechTurn turn : record.speeches()) {
                pool.addAll(sentencesOf(turn.text(), record.language()));
                if (!SpeechTurn.PRESIDENT.equals(turn.role()) && seen.add(turn.speaker())) {
                    speakers.computeIfAbsent(record.language(), language -> new ArrayList<>()).add(turn);
                }
            }
        }
    }

    /** One varied record of a meeting. */
    record VariedRecord(String recordId, MeetingRecord template, String symbol, int meetingNumber, LocalDate date,
                        List<SpeechTurn> speeches) {
    }

    VariedRecord copy(int n) {
        MeetingRecord template = templates.get(n % templates.size());
        Random random = new Random(n * 1_000_003L + 17);
        int meeting = FIRST_MEETING + n;
        String symbol = symbolPrefix(template.symbol()) + meeting;
        LocalDate date = FIRST_DATE.plusDays((n * 7_919L) % DAYS);
        List<SpeechTurn> turns = new ArrayList<>();
        for (SpeechTurn turn : template.speeches()) {
            turns.add(varied(turn, template.language(), random));
        }
        return new VariedRecord(RecordIds.recordId("bench-search", "record-" + n, template.language()), template, symbol,
                meeting, date, turns);
    }

    private SpeechTurn varied(SpeechTurn turn, String language, Random random) {
        SpeechTurn voice = turn;
        List<SpeechTurn> others = speakers.getOrDefault(language, List.of());
        if (!SpeechTurn.PRESIDENT.equals(turn.role()) && !others.isEmpty()) {
            voice = others.get(random.nextInt(others.size()));
        }
        return new SpeechTurn(turn.seq(), voice.speaker(), voice.role(), voice.country(), voice.countryName(),
                voice.affiliation(), voice.spokenLanguage(), mixedText(turn.text(), language, random), turn.page(),
                turn.agendaItem(), turn.presidentName(), List.of());
    }

    /** As many sentences as the turn had, each its own or, one time in two, one from any record of the language. */
    private String mixedText(String text, String language, Random random) {
        List<String> own = sentencesOf(text, language);
        List<String> pool = sentences.get(language);
        StringBuilder mixed = new StringBuilder(text.length() + 64);
        for (String sentence : own) {
            String chosen = random.nextBoolean() ? sentence : pool.get(random.nextInt(pool.size()));
            if (!mixed.isEmpty() && !language.equals("zh")) {
                mixed.append(' ');
            }
            mixed.append(chosen);
        }
        return mixed.toString();
    }

    private static List<String> sentencesOf(String text, String language) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        boundaries.setText(text);
        List<String> found = new ArrayList<>();
        for (int start = boundaries.first(), end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                found.add(sentence);
            }
        }
        return found;
    }

    /** {@code CD/PV.} of {@code CD/PV.1601}: the body's series, to which the copy's own meeting number is added. */
    private static String symbolPrefix(String symbol) {
        int dot = symbol.lastIndexOf('.');
        return dot < 0 ? symbol + "/" : symbol.substring(0, dot + 1);
    }
}
