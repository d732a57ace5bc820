package io.verbatim.parser.extract;

/**
 * What PDFBox hands over as one word: a word, or a whole line of a column when the PDF draws it in one go,
 * with the horizontal extent of its glyphs in points.
 */
record TextRun(String text, float left, float right) {

    boolean crosses(float x) {
        return left < x && right > x;
    }
}
