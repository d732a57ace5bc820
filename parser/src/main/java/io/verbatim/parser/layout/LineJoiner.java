package io.verbatim.parser.layout;

/**
 * Rejoins two lines that the layout broke apart: no space between CJK characters, hyphenation undone
 * between lower-case word parts, one space otherwise.
 */
public final class LineJoiner {

    /** Below U+2E80 (CJK radicals) no character is Han, Hiragana or Katakana; the script lookup is a search. */
    private static final char FIRST_WIDE_SCRIPT_CHAR = '\u2E80';

    private LineJoiner() {
    }

    public static String join(String left, String right) {
        StringBuilder joined = new StringBuilder(left.length() + 1 + right.length()).append(left);
        appendTo(joined, right);
        return joined.toString();
    }

    /** {@link #join}, in place: a paragraph grows line by line without being copied at each line. */
    public static void appendTo(StringBuilder left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            left.append(right);
            return;
        }
        char last = left.charAt(left.length() - 1);
        char first = right.charAt(0);
        if (last == '\u00AD' || isHyphenation(left, first)) {
            left.setLength(left.length() - 1);
            left.append(right);
            return;
        }
        if (isWide(last) || isWide(first)) {
            boolean latinNeighbour = Character.isLetterOrDigit(isWide(last) ? first : last) && !(isWide(last) && isWide(first));
            boolean widePunctuation = isWidePunctuation(last) || isWidePunctuation(first);
            if (latinNeighbour && !widePunctuation) {
                left.append(' ');
            }
            left.append(right);
            return;
        }
        left.append(' ').append(right);
    }

    private static boolean isHyphenation(CharSequence left, char first) {
        if (left.length() < 3 || !Character.isLowerCase(first)) {
            return false;
        }
        char last = left.charAt(left.length() - 1);
        char before = left.charAt(left.length() - 2);
        return (last == '-' || last == '\u2010') && Character.isLowerCase(before);
    }

    /** Characters of scripts written without spaces between words, and their full-width punctuation. */
    static boolean isWide(char c) {
        if (c < FIRST_WIDE_SCRIPT_CHAR) {
            return isWidePunctuation(c);
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || isWidePunctuation(c);
    }

    private static boolean isWidePunctuation(char c) {
        return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF') || c == '\u2014' || c == '\u2015'
                || c == '\u201C' || c == '\u201D' || c == '\u00B7';
    }
}
