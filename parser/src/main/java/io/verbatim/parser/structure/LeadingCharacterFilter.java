package io.verbatim.parser.structure;

import java.util.regex.Pattern;

/**
 * Whether a pattern matched against a whole text can match a text that starts with a given character,
 * answered once per character and kept: most lines of a record start with a character no event phrase
 * starts with, and this costs one array read where the pattern would try every phrase. The answer comes from
 * the regex engine itself: a pattern that fails on the single character without needing more input
 * ({@link java.util.regex.Matcher#hitEnd()} false) fails on every text that starts with it.
 */
final class LeadingCharacterFilter {

    private static final byte UNKNOWN = 0;
    private static final byte POSSIBLE = 1;
    private static final byte IMPOSSIBLE = 2;

    private final Pattern pattern;
    private final byte[] answers = new byte[Character.MAX_VALUE + 1];

    LeadingCharacterFilter(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Whether {@code pattern.matcher(text).matches()} can hold; false only where it cannot. */
    boolean mayMatch(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        if (Character.isSurrogate(first)) {
            return true;
        }
        byte answer = answers[first];
        if (answer == UNKNOWN) {
            // A race computes the same answer twice; no lock is needed.
            var matcher = pattern.matcher(String.valueOf(first));
            answer = matcher.matches() || matcher.hitEnd() ? POSSIBLE : IMPOSSIBLE;
            answers[first] = answer;
        }
        return answer == POSSIBLE;
    }
}
