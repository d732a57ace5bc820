package io.verbatim.parser.structure;

/** Arabic-Indic and extended Arabic-Indic digits as ASCII digits, so one set of patterns reads all editions. */
final class ArabicDigits {

    private ArabicDigits() {
    }

    static String toAscii(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char ascii = c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c;
            if (ascii != c && out == null) {
                out = new StringBuilder(text);
            }
            if (out != null) {
                out.setCharAt(i, ascii);
            }
        }
        return out == null ? text : out.toString();
    }
}
