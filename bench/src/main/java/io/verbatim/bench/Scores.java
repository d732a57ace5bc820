package io.verbatim.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Counts for one group of records (a language, a format, or all): turns found, attributes right. */
final class Scores {

    static final String[] ATTRIBUTES = {"speaker", "role", "country", "spokenLanguage", "page", "agendaItem"};
    static final String[] METADATA = {"symbol", "body", "meetingNumber", "date", "startTime", "endTime", "jobNumber", "place", "president"};

    private int records;
    private int failures;
    private int truthTurns;
    private int parsedTurns;
    private int matchedTurns;
    private final Map<String, int[]> right = new LinkedHashMap<>();
    private int turnsWithHeader;
    private int turnsChecked;

    void record(boolean parsed) {
        records++;
        if (!parsed) {
            failures++;
        }
    }

    void turns(int truth, int parsed, int matched) {
        truthTurns += truth;
        parsedTurns += parsed;
        matchedTurns += matched;
    }

    /** One parsed turn checked for a running header or footer left in its text. */
    void headerCheck(boolean holdsHeader) {
        turnsChecked++;
        turnsWithHeader += holdsHeader ? 1 : 0;
    }

    /** One comparison of a field: counts towards its accuracy. */
    void field(String name, boolean correct) {
        int[] counts = right.computeIfAbsent(name, k -> new int[2]);
        counts[0] += correct ? 1 : 0;
        counts[1]++;
    }

    String report(String group) {
        double precision = parsedTurns == 0 ? 0 : (double) matchedTurns / parsedTurns;
        double recall = truthTurns == 0 ? 0 : (double) matchedTurns / truthTurns;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%-14s records %3d (failed %d)  turns: truth %5d parsed %5d matched %5d  P %.4f R %.4f F1 %.4f%n",
                group, records, failures, truthTurns, parsedTurns, matchedTurns, precision, recall, f1));
        out.append(line("  turn attributes", ATTRIBUTES)).append(line("  metadata", METADATA));
        out.append(String.format(Locale.ROOT, "  turns holding a running header or footer: %d/%d (%.4f)%n", turnsWithHeader, turnsChecked,
                turnsChecked == 0 ? 0 : (double) turnsWithHeader / turnsChecked));
        return out.toString();
    }

    private String line(String title, String[] names) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-18s", title));
        for (String name : names) {
            int[] counts = right.get(name);
            out.append(counts == null || counts[1] == 0 ? String.format(Locale.ROOT, " %s n/a", name)
                    : String.format(Locale.ROOT, " %s %.4f (%d/%d)", name, (double) counts[0] / counts[1], counts[0], counts[1]));
        }
        return out.append('\n').toString();
    }
}
