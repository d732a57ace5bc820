package io.verbatim.parser.align;

import io.verbatim.contracts.record.MeetingRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether two records are versions of one meeting: the same symbol. Where a version has no symbol (the
 * parser could not read it), the body, meeting number and date must not contradict, and the alignment says
 * that the symbol was not checked.
 */
final class SameMeetingCheck {

    private SameMeetingCheck() {
    }

    /** The warnings for an alignment that may go ahead. */
    static List<String> warningsFor(MeetingRecord a, MeetingRecord b) {
        List<String> warnings = new ArrayList<>();
        if (a.symbol() != null && b.symbol() != null) {
            if (!key(a.symbol()).equals(key(b.symbol()))) {
                throw refusal(a, b, "different symbols");
            }
            return warnings;
        }
        if (a.body() != null && b.body() != null && !a.body().equals(b.body())) {
            throw refusal(a, b, "records of the " + a.body() + " and of the " + b.body());
        }
        if (a.meetingNumber() != null && b.meetingNumber() != null && !a.meetingNumber().equals(b.meetingNumber())) {
            throw refusal(a, b, "meeting " + a.meetingNumber() + " and meeting " + b.meetingNumber());
        }
        if (a.date() != null && b.date() != null && !a.date().equals(b.date())) {
            throw refusal(a, b, "held on " + a.date() + " and on " + b.date());
        }
        boolean compared = a.meetingNumber() != null && b.meetingNumber() != null || a.date() != null && b.date() != null;
        String where = a.symbol() == null && b.symbol() == null ? "both versions (" + a.language() + ", " + b.language() + ")"
                : "the " + (a.symbol() == null ? a : b).language() + " version";
        warnings.add("symbol unknown in " + where + ": "
                + (compared ? "only body, meeting number and date were compared" : "nothing showed that both are the same meeting"));
        return warnings;
    }

    private static DifferentMeetingsException refusal(MeetingRecord a, MeetingRecord b, String why) {
        return new DifferentMeetingsException("cannot align " + describe(a) + " with " + describe(b) + ": " + why
                + ", so they are not language versions of one meeting; align versions with the same symbol");
    }

    private static String describe(MeetingRecord record) {
        return (record.symbol() == null ? "record without symbol" : record.symbol()) + " (" + record.language() + ")";
    }

    private static String key(String symbol) {
        return symbol.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
