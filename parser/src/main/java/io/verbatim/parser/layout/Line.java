package io.verbatim.parser.layout;

/** One line of extracted text and the page (1-based) it is printed on. */
public record Line(int page, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Leading whitespace, in characters: the extractor's rendering of a paragraph indent. */
    public int indent() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
