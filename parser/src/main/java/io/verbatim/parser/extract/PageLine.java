package io.verbatim.parser.extract;

import java.util.List;

/**
 * One line as PDFBox's stripper found it: where its first glyph starts, its baseline (from the top of the
 * page) and its runs. Text side by side in two columns can arrive as one such line.
 */
record PageLine(float startX, float y, List<TextRun> runs) {

    String text() {
        if (runs.size() == 1) {
            return runs.get(0).text();
        }
        StringBuilder text = new StringBuilder(runs.get(0).text());
        for (int i = 1; i < runs.size(); i++) {
            text.append(' ').append(runs.get(i).text());
        }
        return text.toString();
    }

    float left() {
        float left = Float.MAX_VALUE;
        for (TextRun run : runs) {
            left = Math.min(left, run.left());
        }
        return left;
    }

    PositionedLine positioned() {
        return new PositionedLine(startX, text());
    }
}
