package io.verbatim.parser.language;

/**
 * Closes the stray spaces that some extractors (pdf.js among them) put between Chinese characters
 * ({@code 艾 哈 迈德先 生（巴基 斯 坦）}): Chinese sets no space between its characters, so a space with
 * a Han character or full-width punctuation on both sides is an artefact. A space beside a Latin word or a
 * digit ({@code WMD 问题}, {@code 2019 年}) stays.
 */
public final class CjkSpacing {

    /** Below U+2E80 no character is Han or full-width; most text never reaches the script lookup. */
    private static final char FIRST_WIDE_CHAR = '\u2E80';

    private CjkSpacing() {
    }

    public static String close(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' && i > 0 && isWide(text.charAt(i - 1))) {
                int end = i;
                while (end < text.length() && text.charAt(end) == ' ') {
                    end++;
                }
                if (end < text.length() && isWide(text.charAt(end))) {
                    if (out == null) {
                        out = new StringBuilder(text.length()).append(text, 0, i);
                    }
                    i = end;
                    continue;
                }
            }
            if (out != null) {
                out.append(c);
            }
            i++;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isWide(char c) {
        if (c < FIRST_WIDE_CHAR) {
            return false;
        }
        if ((c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')) {
            return true;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
