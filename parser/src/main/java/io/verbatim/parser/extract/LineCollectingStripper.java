package io.verbatim.parser.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's stripper, but keeping where each line starts: paragraph indents are how UN records mark a new
 * paragraph, and plain extraction loses them. Each finished page goes to {@code pageSink} so the caller
 * never holds more than one page of positions.
 */
final class LineCollectingStripper extends PDFTextStripper {

    private final Consumer<List<PositionedLine>> pageSink;
    private final List<PositionedLine> lines = new ArrayList<>();
    private StringBuilder current;
    private float currentStartX;

    LineCollectingStripper(Consumer<List<PositionedLine>> pageSink) {
        this.pageSink = pageSink;
        setLineSeparator("\n");
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        lines.clear();
        current = null;
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        if (current == null) {
            current = new StringBuilder();
            currentStartX = textPositions.isEmpty() ? 0 : textPositions.get(0).getXDirAdj();
        }
        current.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        if (current != null) {
            current.append(' ');
        }
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

    private void flushLine() {
        if (current != null) {
            lines.add(new PositionedLine(currentStartX, current.toString()));
            current = null;
        }
    }
}
