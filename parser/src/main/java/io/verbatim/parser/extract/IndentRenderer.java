package io.verbatim.parser.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns line positions back into the leading spaces a text extraction would show. A page may have two
 * columns, so each line is measured from the nearest left margin at or before it; a margin is an x
 * position where many lines start, or the left edge of a column found on the page (a short column has too
 * few lines to show its margin by count).
 */
final class IndentRenderer {

    private static final float MIN_INDENT_POINTS = 4f;
    private static final int MAX_INDENT_POINTS = 60;

    String render(List<PositionedLine> lines, List<Float> columnEdges) {
        TreeSet<Integer> margins = margins(lines);
        for (float edge : columnEdges) {
            margins.add(Math.round(edge));
        }
        StringBuilder page = new StringBuilder();
        for (PositionedLine line : lines) {
            int x = Math.round(line.startX());
            Integer margin = margins.floor(x + 1);
            if (margin == null) {
                margin = margins.isEmpty() ? x : margins.first();
            }
            if (x - margin >= MIN_INDENT_POINTS) {
                page.append("  ");
            }
            page.append(line.text()).append('\n');
        }
        return page.toString();
    }

    /**
     * X positions where many lines start. A frequent position just right of a more frequent one is the
     * paragraph indent of that margin, not a margin of its own (a second column lies much further right).
     */
    private static TreeSet<Integer> margins(List<PositionedLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PositionedLine line : lines) {
            counts.merge(Math.round(line.startX()), 1, Integer::sum);
        }
        int threshold = Math.max(2, lines.size() / 8);
        TreeSet<Integer> margins = new TreeSet<>();
        counts.entrySet().stream()
                .filter(e -> e.getValue() >= threshold)
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .forEach(e -> {
                    Integer left = margins.lower(e.getKey());
                    if (left == null || e.getKey() - left > MAX_INDENT_POINTS) {
                        margins.add(e.getKey());
                    }
                });
        return margins;
    }
}
