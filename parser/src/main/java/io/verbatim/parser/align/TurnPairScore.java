package io.verbatim.parser.align;

import io.verbatim.contracts.record.SpeechTurn;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How alike turn i of version A and turn j of version B look, as a sum of evidence: above zero for the
 * pair, below zero against it. Country and a Latin-script name are strong; role and spoken language are
 * shared by many turns; position and relative length tell apart the chair's many short turns.
 */
final class TurnPairScore {

    /** The cost of leaving one turn unpaired: two gaps beat a pair scoring below {@code 2 * GAP}. */
    static final double GAP = -1.0;

    private static final double SAME_ROLE = 1.0;
    private static final double CHAIR_AND_FLOOR = -3.0;
    private static final double OTHER_ROLE = -0.5;
    private static final double SAME_COUNTRY = 2.0;
    private static final double OTHER_COUNTRY = -3.0;
    private static final double ONE_COUNTRY_MISSING = -1.0;
    private static final double SAME_NAME = 2.0;
    private static final double NAME_WORD_SHARED = 1.0;
    private static final double OTHER_NAME = -2.0;
    private static final double SAME_SPOKEN_LANGUAGE = 0.5;
    private static final double SPOKEN_LANGUAGE_MAYBE_DEFAULT = -0.5;
    private static final double OTHER_SPOKEN_LANGUAGE = -2.0;
    private static final double POSITION_WEIGHT = 4.0;
    private static final double LENGTH_WEIGHT = 2.0;
    private static final double LENGTH_FLOOR = -3.0;
    /** Added to relative lengths so that the chair's two-line turns do not differ by large ratios. */
    private static final double LENGTH_SMOOTHING = 0.1;

    private final LanguageVersion a;
    private final LanguageVersion b;
    private final SpeakerName names;

    TurnPairScore(LanguageVersion a, LanguageVersion b, SpeakerName names) {
        this.a = a;
        this.b = b;
        this.names = names;
    }

    double of(int i, int j) {
        SpeechTurn x = a.turn(i);
        SpeechTurn y = b.turn(j);
        return role(x.role(), y.role()) + country(x.country(), y.country()) + name(x.speaker(), y.speaker())
                + spokenLanguage(i, j) + position(i, j) + length(i, j);
    }

    private static double role(String x, String y) {
        if (Objects.equals(x, y)) {
            return SAME_ROLE;
        }
        return SpeechTurn.PRESIDENT.equals(x) || SpeechTurn.PRESIDENT.equals(y) ? CHAIR_AND_FLOOR : OTHER_ROLE;
    }

    private static double country(String x, String y) {
        if (x == null && y == null) {
            return 0;
        }
        if (x == null || y == null) {
            return ONE_COUNTRY_MISSING;
        }
        return x.equals(y) ? SAME_COUNTRY : OTHER_COUNTRY;
    }

    private double name(String x, String y) {
        Optional<List<String>> wx = names.wordsOf(x);
        Optional<List<String>> wy = names.wordsOf(y);
        if (wx.isEmpty() || wy.isEmpty()) {
            return 0;
        }
        if (wx.get().equals(wy.get())) {
            return SAME_NAME;
        }
        Set<String> shared = new HashSet<>(wx.get());
        shared.retainAll(wy.get());
        return shared.isEmpty() ? OTHER_NAME : NAME_WORD_SHARED;
    }

    /**
     * The spoken language is the same in every version: the note names it where the speaker used another
     * language, and where the speaker used the version's own language there is no note and the record's
     * language is the right answer. A difference is telling unless one side has that default, which is
     * also what a missed note gives.
     */
    private double spokenLanguage(int i, int j) {
        String x = a.turn(i).spokenLanguage();
        String y = b.turn(j).spokenLanguage();
        if (x == null || y == null) {
            return 0;
        }
        if (x.equals(y)) {
            return SAME_SPOKEN_LANGUAGE;
        }
        return a.spokenLanguageIsDefault(i) || b.spokenLanguageIsDefault(j) ? SPOKEN_LANGUAGE_MAYBE_DEFAULT : OTHER_SPOKEN_LANGUAGE;
    }

    private double position(int i, int j) {
        return -POSITION_WEIGHT * Math.abs(a.relativePosition(i) - b.relativePosition(j));
    }

    private double length(int i, int j) {
        double ratio = Math.log((a.relativeLength(i) + LENGTH_SMOOTHING) / (b.relativeLength(j) + LENGTH_SMOOTHING));
        return Math.max(LENGTH_FLOOR, 1 - LENGTH_WEIGHT * Math.abs(ratio));
    }
}
