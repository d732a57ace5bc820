package io.verbatim.parser.extract;

/** One line of a PDF page and the x position (in points) where its first glyph starts. */
record PositionedLine(float startX, String text) {
}
