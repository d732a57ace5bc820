package io.verbatim.parser.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's stripper, but keeping where each line and each of its runs lie: paragraph indents are how UN
 * records mark a new paragraph, and the runs' extents show where a page has two columns; plain extraction
 * loses both. Each finished page goes to {@code pageSink} so the caller never holds more than one page of
 * positions.
 */
final class LineCollectingStripper extends PDFTextStripper {

    private final Consumer<List<PageLine>> pageSink;
    private final List<PageLine> lines = new ArrayList<>();
    private List<TextRun> runs;
    private float startX;
    private float y;

    LineCollectingStripper(Consumer<List<PageLine>> pageSink) {
        this.pageSink = pageSink;
        setLineSeparator("\n");
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        lines.clear();
        runs = null;
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        if (runs == null) {
            runs = new ArrayList<>(2);
            startX = textPositions.isEmpty() ? 0 : textPositions.get(0).getXDirAdj();
            y = textPositions.isEmpty() ? 0 : textPositions.get(0).getYDirAdj();
        }
        runs.add(run(text, textPositions));
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        flushLine();
        pageSink.accept(List.copyOf(lines));
        lines.clear();
        super.endPage(page);
    }

    /** Right-to-left text lists its glyphs in either order, so the extent is taken over all of them. */
    private static TextRun run(String text, List<TextPosition> positions) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (TextPosition position : positions) {
            float x = position.getXDirAdj();
            left = Math.min(left, x);
            right = Math.max(right, x + position.getWidthDirAdj());
        }
        return positions.isEmpty() ? new TextRun(text, 0, 0) : new TextRun(text, left, right);
    }

    private void flushLine() {
        if (runs != null) {
            lines.add(new PageLine(startX, y, List.copyOf(runs)));
            runs = null;
        }
    }
}
