package io.verbatim.parser.extract;

import java.util.List;
import java.util.Optional;

/**
 * The empty strip between the two columns of a page, found from the x-coverage of the page's body: for each
 * point across the page, how many lines have glyphs there. A gutter is a run of points that almost no line
 * covers, wide enough not to be a space between words, in the middle half of the text, with text on both sides (the
 * second column of a last page can be a single line). A title across both columns may cross it; a single-column page covers the middle.
 */
record Gutter(float left, float right) {

    private static final int MIN_WIDTH_POINTS = 8;
    private static final int MIN_LINES_PER_SIDE = 1;

    float middle() {
        return (left + right) / 2;
    }

    static Optional<Gutter> find(List<PageLine> body) {
        if (body.size() < 2 * MIN_LINES_PER_SIDE) {
            return Optional.empty();
        }
        float textLeft = Float.MAX_VALUE;
        float textRight = -Float.MAX_VALUE;
        for (PageLine line : body) {
            for (TextRun run : line.runs()) {
                textLeft = Math.min(textLeft, run.left());
                textRight = Math.max(textRight, run.right());
            }
        }
        int origin = (int) Math.floor(textLeft);
        int width = (int) Math.ceil(textRight) - origin;
        if (width < 4 * MIN_WIDTH_POINTS) {
            return Optional.empty();
        }
        int[] coverage = coverage(body, origin, width);
        return widestEmptyRun(coverage, body.size() / 10, width / 4, width - width / 4)
                .map(run -> new Gutter(origin + run[0], origin + run[1]))
                .filter(gutter -> enoughOnBothSides(body, gutter));
    }

    /** Runs covering each point, from their' extents (a difference array: one pass per run). */
    private static int[] coverage(List<PageLine> body, int origin, int width) {
        int[] change = new int[width + 2];
        for (PageLine line : body) {
            for (TextRun run : line.runs()) {
                int from = Math.clamp((long) Math.floor(run.left()) - origin, 0, width);
                int to = Math.clamp((long) Math.ceil(run.right()) - origin, 0, width);
                change[from]++;
                change[to]--;
            }
        }
        int[] coverage = new int[width + 1];
        int covering = 0;
        for (int x = 0; x <= width; x++) {
            covering += change[x];
            coverage[x] = covering;
        }
        return coverage;
    }

    /** The widest run of points covered by at most {@code allowed} lines whose middle lies in [from, to). */
    private static Optional<int[]> widestEmptyRun(int[] coverage, int allowed, int from, int to) {
        int[] best = null;
        int start = -1;
        for (int x = 0; x <= coverage.length; x++) {
            boolean empty = x < coverage.length && coverage[x] <= allowed;
            if (empty && start < 0) {
                start = x;
            } else if (!empty && start >= 0) {
                int middle = (start + x) / 2;
                if (x - start >= MIN_WIDTH_POINTS && middle >= from && middle < to && (best == null || x - start > best[1] - best[0])) {
                    best = new int[] {start, x};
                }
                start = -1;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean enoughOnBothSides(List<PageLine> body, Gutter gutter) {
        int needed = MIN_LINES_PER_SIDE;
        int leftLines = 0;
        int rightLines = 0;
        for (PageLine line : body) {
            boolean left = false;
            boolean right = false;
            for (TextRun run : line.runs()) {
                left |= run.right() <= gutter.middle();
                right |= run.left() >= gutter.middle();
            }
            leftLines += left ? 1 : 0;
            rightLines += right ? 1 : 0;
        }
        return leftLines >= needed && rightLines >= needed;
    }
}
