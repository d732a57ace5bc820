package io.verbatim.parser.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Removes running headers and footers: header-like lines among the first and last few lines of each
 * page, and on the cover the masthead lines that name the organ, the language and the distribution, and the
 * notice about interpretation and corrections.
 */
public final class RunningHeaderFilter {

    private static final int EDGE_LINES = 5;
    private static final int NOTICE_LINES = 6;

    public List<Line> filter(List<Line> lines) {
        Map<Integer, List<Line>> byPage = new TreeMap<>();
        for (Line line : lines) {
            byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
        }
        List<Line> kept = new ArrayList<>(lines.size());
        for (List<Line> page : byPage.values()) {
            kept.addAll(filterPage(page));
        }
        return kept;
    }

    private static List<Line> filterPage(List<Line> page) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        boolean[] drop = new boolean[page.size()];
        for (int k = 0; k < nonBlank.size(); k++) {
            int i = nonBlank.get(k);
            boolean atEdge = k < EDGE_LINES || k >= nonBlank.size() - EDGE_LINES;
            String text = page.get(i).text();
            drop[i] = drop[i] || atEdge && RunningHeaderPatterns.isRunningLine(text) || CoverMasthead.isMastheadLine(text);
            if (CoverMasthead.isNoticeStart(text)) {
                dropNoticeBlock(page, i, drop);
            }
        }
        List<Line> kept = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            if (!drop[i]) {
                kept.add(page.get(i));
            }
        }
        return kept;
    }

    /**
     * The notice about interpretation and corrections runs over several lines set in one block; only its first
     * lines carry a keyword. Its lines follow one another with the indent of the first, up to a blank line.
     */
    private static void dropNoticeBlock(List<Line> page, int start, boolean[] drop) {
        int indent = page.get(start).indent();
        for (int i = start + 1; i < page.size() && i <= start + NOTICE_LINES; i++) {
            Line line = page.get(i);
            if (line.isBlank() || Math.abs(line.indent() - indent) > 1) {
                return;
            }
            drop[i] = true;
        }
    }
}
