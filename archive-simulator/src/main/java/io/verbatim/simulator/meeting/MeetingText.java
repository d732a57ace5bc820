package io.verbatim.simulator.meeting;

import java.util.List;

/** A record's text laid out in pages of lines, as a PDF extractor gives it back. */
public record MeetingText(List<List<String>> pages) {

    public MeetingText {
        pages = pages.stream().map(List::copyOf).toList();
    }

    /** Lines joined by newlines, pages by form feeds. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                text.append('\f');
            }
            for (String line : pages.get(p)) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }
}
