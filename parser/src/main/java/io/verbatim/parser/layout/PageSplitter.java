package io.verbatim.parser.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Cuts extracted text into pages. PDF pages and form feeds are real boundaries; text saved without them
 * still carries each page's running header ({@code CD/PV.1511} then {@code 2 GE.20-01397}), and a run of
 * such lines is taken as a page break numbered from the header.
 */
public final class PageSplitter {

    public List<Line> split(List<String> pages, boolean pagesKnown) {
        List<Line> lines = new ArrayList<>();
        if (pagesKnown) {
            for (int p = 0; p < pages.size(); p++) {
                for (String text : pages.get(p).split("\n")) {
                    lines.add(new Line(p + 1, text));
                }
            }
            return lines;
        }
        String[] texts = String.join("\n", pages).split("\n", -1);
        int page = 1;
        int i = 0;
        while (i < texts.length) {
            int end = endOfHeaderRun(texts, i);
            if (end > i) {
                OptionalInt next = boundaryPage(texts, i, end);
                if (next.isPresent()) {
                    // Headers of some pages are lost in extraction, so trust a printed number that moves forward.
                    page = next.getAsInt() > page ? next.getAsInt() : page + 1;
                }
                for (int k = i; k < end; k++) {
                    lines.add(new Line(page, texts[k]));
                }
                i = end;
            } else {
                lines.add(new Line(page, texts[i]));
                i++;
            }
        }
        return lines;
    }

    /** The end (exclusive) of a run of blank and running-header lines starting at {@code from}, or {@code from}. */
    private static int endOfHeaderRun(String[] texts, int from) {
        int i = from;
        boolean sawHeader = false;
        while (i < texts.length && (texts[i].isBlank() || RunningHeaderPatterns.isRunningLine(texts[i]))) {
            sawHeader |= !texts[i].isBlank();
            i++;
        }
        return sawHeader ? i : from;
    }

    private static OptionalInt boundaryPage(String[] texts, int from, int end) {
        boolean symbol = false;
        boolean job = false;
        for (int k = from; k < end; k++) {
            OptionalInt page = RunningHeaderPatterns.pageStartingAfter(texts[k]);
            if (page.isPresent()) {
                return page;
            }
            symbol |= RunningHeaderPatterns.isSymbolLine(texts[k]);
            job |= RunningHeaderPatterns.isJobLine(texts[k]);
        }
        return symbol && job ? OptionalInt.of(-1) : OptionalInt.empty();
    }
}
