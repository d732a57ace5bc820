package io.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a running header or footer of one record prints, to find it left inside a turn's text: the
 * record's job number, its own symbol, its date as headers print it ({@code 23/03/2026}).
 */
record RunningLinesLeft(List<String> marks) {

    static RunningLinesLeft of(JsonNode truth) {
        List<String> marks = new ArrayList<>();
        add(marks, TruthRecord.text(truth, "jobNumber"));
        add(marks, TruthRecord.text(truth, "symbol"));
        String date = TruthRecord.text(truth, "date");
        if (date != null) {
            marks.add(LocalDate.parse(date).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        return new RunningLinesLeft(List.copyOf(marks));
    }

    private static void add(List<String> marks, String mark) {
        if (mark != null && !mark.isBlank()) {
            marks.add(mark);
        }
    }

    /** Whether the text holds one of the marks: a symbol followed by a digit is another document's. */
    boolean foundIn(String text) {
        for (String mark : marks) {
            for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
                int end = at + mark.length();
                if (end >= text.length() || !Character.isDigit(text.charAt(end))) {
                    return true;
                }
            }
        }
        return false;
    }
}
