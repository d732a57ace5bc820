package io.verbatim.parser.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns line positions back into the leading spaces a text extraction would show. A page may have two
 * columns, so each line is measured from the nearest left margin at or before it; a margin is an x
 * position where many lines start.
 */
final class IndentRenderer {

    private static final float MIN_INDENT_POINTS = 4f;

    String render(List<PositionedLine> lines) {
        TreeSet<Integer> margins = margins(lines);
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

    private static TreeSet<Integer> margins(List<PositionedLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PositionedLine line : lines) {
            counts.merge(Math.round(line.startX()), 1, Integer::sum);
        }
        int threshold = Math.max(2, lines.size() / 8);
        TreeSet<Integer> margins = new TreeSet<>();
        counts.forEach((x, n) -> {
            if (n >= threshold) {
                margins.add(x);
            }
        });
        return margins;
    }
}
