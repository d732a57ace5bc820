package io.verbatim.parser.align;

import io.verbatim.contracts.record.SpeechTurn;
import java.util.List;

/**
 * The turns of one language version, with what makes them comparable to another version's: where a turn
 * stands in the record, and how long it is relative to the record's mean turn, since translations have
 * roughly proportional lengths but scripts differ in characters per word (Chinese needs far fewer).
 */
record LanguageVersion(List<SpeechTurn> turns, String language, double meanLength) {

    static LanguageVersion of(List<SpeechTurn> turns, String language) {
        double mean = turns.stream().mapToInt(LanguageVersion::length).average().orElse(0);
        return new LanguageVersion(List.copyOf(turns), language, Math.max(mean, 1));
    }

    SpeechTurn turn(int index) {
        return turns.get(index);
    }

    int size() {
        return turns.size();
    }

    /** 0 for the first turn, 1 for the last. */
    double relativePosition(int index) {
        return turns.size() < 2 ? 0.5 : (double) index / (turns.size() - 1);
    }

    /** The turn's length in mean turns of this record. */
    double relativeLength(int index) {
        return length(turns.get(index)) / meanLength;
    }

    /** Without an interpretation note the parser gives the record's language, which may hide a missed note. */
    boolean spokenLanguageIsDefault(int index) {
        return language != null && language.equals(turns.get(index).spokenLanguage());
    }

    private static int length(SpeechTurn turn) {
        return turn.text() == null ? 0 : turn.text().codePointCount(0, turn.text().length());
    }
}
