package io.verbatim.bench;

import io.verbatim.contracts.record.SpeechTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pairs truth turns with parsed turns in order (longest common subsequence), a pair being possible when
 * the parsed text starts with the truth's {@code textStart}. Whitespace is ignored: truth files quote the
 * start with paragraph breaks dropped.
 */
final class TurnAligner {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    record Pair(TruthRecord.TruthTurn truth, SpeechTurn parsed) {
    }

    static List<Pair> align(List<TruthRecord.TruthTurn> truth, List<SpeechTurn> parsed) {
        int n = truth.size();
        int m = parsed.size();
        String[] starts = truth.stream().map(t -> squeeze(t.textStart())).toArray(String[]::new);
        String[] texts = parsed.stream().map(p -> squeeze(p.text())).toArray(String[]::new);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = texts[j].startsWith(starts[i]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (texts[j].startsWith(starts[i]) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                pairs.add(new Pair(truth.get(i), parsed.get(j)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs;
    }

    private static String squeeze(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("");
    }
}
