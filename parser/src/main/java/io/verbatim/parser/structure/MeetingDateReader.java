package io.verbatim.parser.structure;

import io.verbatim.parser.language.MatchKey;
import io.verbatim.parser.vocabulary.Vocabulary;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date as any of the six editions print it: {@code 2019 年 6 月 28 日},
 * {@code 28 June 2019}, {@code June 28, 2019}, {@code 28 juin 2019}, {@code 28 de junio de 2019},
 * {@code 28 июня 2019 года}, {@code 28 حزيران/يونيه 2019}.
 */
public final class MeetingDateReader {

    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?(?:[\\p{L}\\s]{2,14}/)?(\\p{L}+)\\s+(?:de\\s+)?(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (String row : Vocabulary.bundled().phrases("months")) {
            String[] numberAndName = row.split("\\s+", 2);
            MONTHS.put(MatchKey.of(numberAndName[1]), Integer.parseInt(numberAndName[0]));
        }
    }

    /** The first date in the text, with the index just after it. */
    public Optional<FoundDate> find(String text) {
        String t = ArabicDigits.toAscii(text);
        FoundDate best = null;
        Matcher m = CHINESE.matcher(t);
        if (m.find()) {
            best = date(m.group(1), m.group(2), m.group(3), m.start(), m.end());
        }
        m = DAY_MONTH_YEAR.matcher(t);
        while (m.find() && (best == null || m.start() < best.start())) {
            Integer month = MONTHS.get(MatchKey.of(m.group(2)));
            if (month != null) {
                FoundDate found = date(m.group(3), month.toString(), m.group(1), m.start(), m.end());
                if (found != null) {
                    best = found;
                    break;
                }
            }
        }
        m = MONTH_DAY_YEAR.matcher(t);
        while (m.find() && (best == null || m.start() < best.start())) {
            Integer month = MONTHS.get(MatchKey.of(m.group(1)));
            if (month != null) {
                FoundDate found = date(m.group(3), month.toString(), m.group(2), m.start(), m.end());
                if (found != null) {
                    best = found;
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static FoundDate date(String year, String month, String day, int start, int end) {
        try {
            return new FoundDate(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)), start, end);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A date and where it was printed. */
    public record FoundDate(LocalDate date, int start, int end) {
    }
}
