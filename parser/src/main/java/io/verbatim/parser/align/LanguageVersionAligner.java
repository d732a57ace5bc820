package io.verbatim.parser.align;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the speech turns of two language versions of one meeting. The UN publishes the same turns in the
 * same order in all six languages, so this is a global sequence alignment (Needleman-Wunsch) of the two
 * turn lists: each pair scores by {@link TurnPairScore}, each turn left unpaired costs
 * {@link TurnPairScore#GAP}. A turn the parser missed or split in one version is reported unpaired rather
 * than shifting every turn after it. Pure and thread-safe: the titles table is loaded once.
 */
public final class LanguageVersionAligner {

    private final SpeakerName names = SpeakerName.load();

    /**
     * @throws DifferentMeetingsException when the two records are not versions of the same meeting
     */
    public TurnAlignment align(MeetingRecord a, MeetingRecord b) {
        List<String> warnings = SameMeetingCheck.warningsFor(a, b);
        String symbol = a.symbol() != null ? a.symbol() : b.symbol();
        return align(symbol, a.speeches(), a.language(), b.speeches(), b.language(), warnings);
    }

    /** Aligns two turn lists taken as versions of one meeting, without checking that they are. */
    public TurnAlignment align(List<SpeechTurn> a, String languageA, List<SpeechTurn> b, String languageB) {
        return align(null, a, languageA, b, languageB, List.of());
    }

    private TurnAlignment align(String symbol, List<SpeechTurn> turnsA, String languageA, List<SpeechTurn> turnsB,
            String languageB, List<String> warnings) {
        LanguageVersion a = LanguageVersion.of(turnsA, languageA);
        LanguageVersion b = LanguageVersion.of(turnsB, languageB);
        TurnPairScore score = new TurnPairScore(a, b, names);
        double[][] pairScore = new double[a.size()][b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                pairScore[i][j] = score.of(i, j);
            }
        }
        return traceBack(symbol, a, b, pairScore, bestFromEachCell(pairScore, a.size(), b.size()), warnings);
    }

    /** {@code best[i][j]}: the best score of aligning the turns from i of A and from j of B to the end. */
    private static double[][] bestFromEachCell(double[][] pairScore, int n, int m) {
        double[][] best = new double[n + 1][m + 1];
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                if (i == n && j == m) {
                    continue;
                }
                double value = Double.NEGATIVE_INFINITY;
                if (i < n && j < m) {
                    value = pairScore[i][j] + best[i + 1][j + 1];
                }
                if (i < n) {
                    value = Math.max(value, TurnPairScore.GAP + best[i + 1][j]);
                }
                if (j < m) {
                    value = Math.max(value, TurnPairScore.GAP + best[i][j + 1]);
                }
                best[i][j] = value;
            }
        }
        return best;
    }

    /** Follows the best path from the start; where a pair and a gap tie, the pair wins. */
    private static TurnAlignment traceBack(String symbol, LanguageVersion a, LanguageVersion b, double[][] pairScore,
            double[][] best, List<String> warnings) {
        List<TurnAlignment.TurnPair> pairs = new ArrayList<>();
        List<Integer> unpairedA = new ArrayList<>();
        List<Integer> unpairedB = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && best[i][j] == pairScore[i][j] + best[i + 1][j + 1]) {
                pairs.add(new TurnAlignment.TurnPair(a.turn(i).seq(), b.turn(j).seq(), pairScore[i][j]));
                i++;
                j++;
            } else if (i < a.size() && best[i][j] == TurnPairScore.GAP + best[i + 1][j]) {
                unpairedA.add(a.turn(i++).seq());
            } else {
                unpairedB.add(b.turn(j++).seq());
            }
        }
        return new TurnAlignment(symbol, a.language(), b.language(), pairs, unpairedA, unpairedB, warnings);
    }
}
