package io.verbatim.parser.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts the lines of a two-column page in reading order: between two full-width lines, the whole of the
 * first column top to bottom, then the whole of the second; the left column first, the right one first on a
 * page of right-to-left text. A line PDFBox ran across the gutter is cut in two there. Full-width lines
 * (one that crosses the gutter, such as a title over both columns) and the running header and footer stay
 * where they are. A page without a gutter keeps PDFBox's order, line for line.
 */
final class ColumnReadingOrder {

    /** A header or footer stands apart from the body by more than this many ordinary line spacings. */
    private static final float FURNITURE_GAP = 1.5f;
    private static final int MAX_FURNITURE_LINES = 3;
    /** Lines closer than this (in points) stand side by side, not one under the other. */
    private static final float MIN_LINE_SPACING = 1f;

    /** The page's lines in reading order, and the left edge of its second column (none on a single-column page). */
    record Arranged(List<PositionedLine> lines, List<Float> columnEdges) {
    }

    Arranged arrange(List<PageLine> lines) {
        List<PageLine> byHeight = new ArrayList<>(lines);
        byHeight.sort(Comparator.comparingDouble(PageLine::y));
        int[] body = bodyRange(byHeight);
        Optional<Gutter> gutter = Gutter.find(byHeight.subList(body[0], body[1]));
        if (gutter.isEmpty()) {
            return new Arranged(lines.stream().map(PageLine::positioned).toList(), List.of());
        }
        float middle = gutter.get().middle();
        Columns columns = new Columns(!mostlyRightToLeft(lines), lines.size());
        for (int i = 0; i < byHeight.size(); i++) {
            PageLine line = byHeight.get(i);
            boolean furniture = i < body[0] || i >= body[1];
            boolean fullWidth = line.runs().stream().anyMatch(run -> run.crosses(middle));
            if (furniture || fullWidth) {
                columns.flush();
            }
            if (fullWidth) {
                columns.ordered.add(line.positioned());
            } else {
                split(line, middle, columns.left, columns.right);
            }
            if (furniture) {
                columns.flush();
            }
        }
        columns.flush();
        return new Arranged(columns.ordered, List.of(gutter.get().right()));
    }

    /** Lines in reading order so far, and the pieces of each column waiting for the next full-width line. */
    private static final class Columns {
        private final boolean leftFirst;
        private final List<PositionedLine> ordered;
        private final List<PositionedLine> left = new ArrayList<>();
        private final List<PositionedLine> right = new ArrayList<>();

        Columns(boolean leftFirst, int lines) {
            this.leftFirst = leftFirst;
            this.ordered = new ArrayList<>(lines);
        }

        void flush() {
            ordered.addAll(leftFirst ? left : right);
            ordered.addAll(leftFirst ? right : left);
            left.clear();
            right.clear();
        }
    }

    /**
     * The lines between the running header and the footer: up to three lines at the top and at the bottom
     * (and never more than half the page) that a gap wider than the body's line spacing (its lower
     * quartile, as lines side by side are 0 apart) separates from the rest.
     */
    private static int[] bodyRange(List<PageLine> byHeight) {
        int size = byHeight.size();
        float[] gaps = new float[Math.max(0, size - 1)];
        for (int i = 0; i + 1 < size; i++) {
            gaps[i] = byHeight.get(i + 1).y() - byHeight.get(i).y();
        }
        float[] spacings = positive(gaps);
        if (spacings.length == 0) {
            return new int[] {0, size};
        }
        float wide = spacings[spacings.length / 4] * FURNITURE_GAP;
        int from = 0;
        int half = gaps.length / 2;
        for (int i = 0; i < Math.min(MAX_FURNITURE_LINES, half); i++) {
            if (gaps[i] > wide) {
                from = i + 1;
            }
        }
        int to = size;
        for (int i = gaps.length - 1; i >= Math.max(Math.max(from, half), gaps.length - MAX_FURNITURE_LINES); i--) {
            if (gaps[i] > wide) {
                to = i + 1;
            }
        }
        return new int[] {from, to};
    }

    private static float[] positive(float[] gaps) {
        float[] sorted = gaps.clone();
        Arrays.sort(sorted);
        int first = 0;
        while (first < sorted.length && sorted[first] < MIN_LINE_SPACING) {
            first++;
        }
        return Arrays.copyOfRange(sorted, first, sorted.length);
    }

    private static void split(PageLine line, float middle, List<PositionedLine> left, List<PositionedLine> right) {
        List<TextRun> leftRuns = new ArrayList<>(1);
        List<TextRun> rightRuns = new ArrayList<>(1);
        for (TextRun run : line.runs()) {
            (run.right() <= middle ? leftRuns : rightRuns).add(run);
        }
        if (!leftRuns.isEmpty()) {
            left.add(piece(line, leftRuns));
        }
        if (!rightRuns.isEmpty()) {
            right.add(piece(line, rightRuns));
        }
    }

    /** A line kept whole starts where PDFBox said; a piece of a cut line starts at its leftmost glyph. */
    private static PositionedLine piece(PageLine line, List<TextRun> runs) {
        if (runs.size() == line.runs().size()) {
            return line.positioned();
        }
        PageLine piece = new PageLine(0, line.y(), runs);
        return new PositionedLine(piece.left(), piece.text());
    }

    private static boolean mostlyRightToLeft(List<PageLine> lines) {
        int rightToLeft = 0;
        int leftToRight = 0;
        for (PageLine line : lines) {
            for (TextRun run : line.runs()) {
                String text = run.text();
                for (int i = 0; i < text.length(); i++) {
                    switch (Character.getDirectionality(text.charAt(i))) {
                        case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> rightToLeft++;
                        case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> leftToRight++;
                        default -> { }
                    }
                }
            }
        }
        return rightToLeft > leftToRight;
    }

}
