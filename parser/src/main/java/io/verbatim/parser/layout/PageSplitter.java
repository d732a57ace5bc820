package io.verbatim.parser.layout;

import io.verbatim.parser.layout.RunningHeaderPatterns.PrintedPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts extracted text into pages and numbers them. The page number printed in a running header or footer
 * is the page; a PDF page or a form feed without one takes the number after the page before it. Text
 * saved without page boundaries still carries each page's running lines, and a run of them is taken as
 * a page break:
 * <ul>
 *   <li>a Geneva header ({@code CD/PV.1511} then {@code 2 GE.20-01397}) numbers the page it opens;</li>
 *   <li>a New York footer ({@code 2/17 16-43375}) numbers the page it closes, when it comes first in its
 *       run (PDFBox: footer of one page, then the header of the next);</li>
 *   <li>but numbers the page it opens when a header line comes before it in its run (pdf.js emits each
 *       page's header and footer together at the page's start: {@code S/PV.10124 … 23/03/2026},
 *       {@code 26-039202/28}).</li>
 * </ul>
 */
public final class PageSplitter {

    /** How many lines at each end of a page are searched for its printed number. */
    private static final int EDGE_LINES = 5;

    public List<Line> split(List<String> pages, boolean pagesKnown) {
        return pagesKnown ? numberKnownPages(pages) : splitAtRunningLines(String.join("\n", pages).split("\n", -1));
    }

    private static List<Line> numberKnownPages(List<String> pages) {
        List<Line> lines = new ArrayList<>();
        PageNumbers numbers = new PageNumbers();
        boolean allBlank = pages.stream().allMatch(String::isBlank);
        for (String page : pages) {
            String[] texts = page.split("\n");
            // A scan's pages are all blank: each is still a page.
            int number = numbers.next(printedNumberAtEdges(texts), !allBlank && isBlank(texts, 0, texts.length));
            for (String text : texts) {
                lines.add(new Line(number, text));
            }
        }
        return lines;
    }

    private static Optional<Integer> printedNumberAtEdges(String[] texts) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isBlank()) {
                nonBlank.add(i);
            }
        }
        for (int k = 0; k < nonBlank.size(); k++) {
            if (k < EDGE_LINES || k >= nonBlank.size() - EDGE_LINES) {
                Optional<PrintedPage> printed = RunningHeaderPatterns.printedPage(texts[nonBlank.get(k)]);
                if (printed.isPresent()) {
                    return Optional.of(printed.get().number());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Numbers pages in order. A printed number wins when it moves past the last one printed (pages may be
     * lost in extraction, and a blank page or an unnumbered cover before it must not push it on); a page
     * without one takes the number after the page before. A blank page before any text (a form feed that
     * opens the file) takes the next number without using it up.
     */
    private static final class PageNumbers {
        private int previous;
        private int lastPrinted;
        private boolean sawText;

        int next(Optional<Integer> printed, boolean blank) {
            if (blank && !sawText) {
                return previous + 1;
            }
            sawText = true;
            if (printed.isPresent() && printed.get() > lastPrinted) {
                lastPrinted = printed.get();
                previous = lastPrinted;
                return previous;
            }
            return ++previous;
        }
    }

    private static boolean isBlank(String[] texts, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!texts[k].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Line> splitAtRunningLines(String[] texts) {
        List<Boundary> boundaries = new ArrayList<>();
        int i = 0;
        while (i < texts.length) {
            int end = endOfHeaderRun(texts, i);
            if (end > i) {
                boundary(texts, i, end).ifPresent(boundaries::add);
                i = end;
            } else {
                i++;
            }
        }
        return numberSegments(texts, boundaries);
    }

    /**
     * A page break found in a run of running lines: lines before {@code split} end one page, lines from it
     * open the next; {@code closes} and {@code opens} are the printed numbers of those pages, when printed.
     */
    private record Boundary(int split, Integer closes, Integer opens) {
    }

    private static List<Line> numberSegments(String[] texts, List<Boundary> boundaries) {
        List<Line> lines = new ArrayList<>(texts.length);
        PageNumbers numbers = new PageNumbers();
        int from = 0;
        for (int b = 0; b <= boundaries.size(); b++) {
            Boundary before = b == 0 ? null : boundaries.get(b - 1);
            Boundary after = b < boundaries.size() ? boundaries.get(b) : null;
            int to = after == null ? texts.length : after.split();
            Integer printed = before != null && before.opens() != null ? before.opens() : after != null ? after.closes() : null;
            int number = numbers.next(Optional.ofNullable(printed), isBlank(texts, from, to));
            for (int k = from; k < to; k++) {
                lines.add(new Line(number, texts[k]));
            }
            from = to;
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

    private static Optional<Boundary> boundary(String[] texts, int from, int end) {
        boolean header = false;
        boolean job = false;
        for (int k = from; k < end; k++) {
            Optional<PrintedPage> printed = RunningHeaderPatterns.printedPage(texts[k]);
            if (printed.isPresent()) {
                int number = printed.get().number();
                if (!printed.get().pageOfPages() || header) {
                    return Optional.of(new Boundary(from, null, number));
                }
                return Optional.of(new Boundary(k + 1, number, null));
            }
            header |= RunningHeaderPatterns.isRecordHeader(texts[k]);
            job |= RunningHeaderPatterns.isJobLine(texts[k]);
        }
        return header && job ? Optional.of(new Boundary(from, null, null)) : Optional.empty();
    }
}
