package io.verbatim.parser.language;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A tolerant comparison key for names printed in any of the six languages: NFKC (Arabic presentation
 * forms, full-width characters), case and accents folded, hyphens and apostrophes unified, runs of space
 * made one. Arabic also loses its short vowels, tatweel and every alef, because extractors read the
 * lam-alef ligature as alef-lam ({@code باإلنكليزية}) and alef forms vary between editions.
 *
 * <p>Every step maps one character on its own (marks are dropped, not composed with their base), so each
 * character's key is computed once and kept in a table: the parser keys whole records and every candidate
 * label line, and running the normalisers over each of them cost as much as the PDF extraction.
 */
public final class MatchKey {

    private static final String[] KEY_OF_CHAR = new String[Character.MAX_VALUE + 1];

    private MatchKey() {
    }

    public static String of(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            String piece = codePoint <= Character.MAX_VALUE ? keyOfChar((char) codePoint) : keyOf(Character.toString(codePoint));
            for (int j = 0; j < piece.length(); j++) {
                char c = piece.charAt(j);
                if (c == ' ') {
                    pendingSpace = key.length() > 0;
                } else {
                    if (pendingSpace) {
                        key.append(' ');
                        pendingSpace = false;
                    }
                    key.append(c);
                }
            }
        }
        return key.toString();
    }

    private static String keyOfChar(char c) {
        String key = KEY_OF_CHAR[c];
        if (key == null) {
            // A race computes the same immutable string twice; no lock is needed.
            key = keyOf(String.valueOf(c));
            KEY_OF_CHAR[c] = key;
        }
        return key;
    }

    /** One character's key: spaces, hyphens and tatweel become a plain space, which {@link #of} collapses. */
    private static String keyOf(String character) {
        String s = Normalizer.normalize(character, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isArabicAlef(c)) {
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(arabicFolded(c)), Normalizer.Form.NFD);
            for (int j = 0; j < decomposed.length(); j++) {
                char d = decomposed.charAt(j);
                if (Character.getType(d) == Character.NON_SPACING_MARK || Character.getType(d) == Character.ENCLOSING_MARK
                        || Character.getType(d) == Character.COMBINING_SPACING_MARK) {
                    continue;
                }
                key.append(isSpaceLike(d) ? " " : String.valueOf(quoteFolded(d)).toLowerCase(Locale.ROOT));
            }
        }
        return key.toString();
    }

    private static boolean isArabicAlef(char c) {
        return c == '\u0627' || c == '\u0623' || c == '\u0625' || c == '\u0622' || c == '\u0671';
    }

    private static char arabicFolded(char c) {
        return switch (c) {
            case '\u0640' -> ' ';
            case '\u0649' -> '\u064A';
            case '\u0629' -> '\u0647';
            default -> c;
        };
    }

    private static char quoteFolded(char c) {
        return c == '’' || c == '‘' || c == 'ʼ' ? '\'' : c;
    }

    private static boolean isSpaceLike(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c >= '\u200B' && c <= '\u200F' || c == '-' || c >= '\u2010' && c <= '\u2014' || c == '\u2212';
    }
}
