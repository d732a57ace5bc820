package io.verbatim.parser.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is normal for the lines of one document: the usual indent, the width of a full line, and whether
 * blank lines mean anything. Extractions differ, so the thresholds are measured, not fixed.
 */
final class LineStatistics {

    private final int baseIndent;
    private final int fullWidth;
    private final boolean blankLinesSeparateParagraphs;

    private LineStatistics(int baseIndent, int fullWidth, boolean blankLinesSeparateParagraphs) {
        this.baseIndent = baseIndent;
        this.fullWidth = fullWidth;
        this.blankLinesSeparateParagraphs = blankLinesSeparateParagraphs;
    }

    static LineStatistics of(List<Line> lines) {
        Map<Integer, Integer> indents = new HashMap<>();
        int[] widths = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> width(l.text().strip())).sorted().toArray();
        int nonBlank = 0;
        int followedByBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            indents.merge(line.indent(), 1, Integer::sum);
            if (i + 1 < lines.size() && lines.get(i + 1).isBlank()) {
                followedByBlank++;
            }
        }
        int baseIndent = indents.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        int fullWidth = widths.length == 0 ? 0 : widths[(int) Math.floor(widths.length * 0.9)];
        boolean doubleSpaced = nonBlank > 0 && followedByBlank > nonBlank * 0.6;
        return new LineStatistics(baseIndent, fullWidth, !doubleSpaced);
    }

    boolean blankLinesSeparateParagraphs() {
        return blankLinesSeparateParagraphs;
    }

    boolean isIndented(Line line) {
        return line.indent() > baseIndent;
    }

    /** Clearly shorter than a full line: the text stopped before the margin, so the paragraph ended. */
    boolean isShort(Line line) {
        return width(line.text().strip()) < fullWidth * 0.8;
    }

    /** Far shorter than a full line: even with word wrap, only a heading or a paragraph's end stops there. */
    boolean isVeryShort(Line line) {
        return width(line.text().strip()) < fullWidth * 0.55;
    }

    /** Display width: CJK characters take two columns, so mixed lines compare fairly. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += LineJoiner.isWide(text.charAt(i)) ? 2 : 1;
        }
        return width;
    }
}
