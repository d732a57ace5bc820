package io.verbatim.parser.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times as the six editions print them, as {@code HH:MM}: {@code 2.40 p.m.}, {@code 10 a.m.},
 * {@code noon}, {@code 下午 4 时 55 分}, {@code 14 h 40}, {@code 10 heures}, {@code 14.40 horas},
 * {@code 14 ч. 40 м.}, {@code الساعة 14:40}.
 */
public final class ClockTimeReader {

    private static final Pattern ENGLISH = Pattern.compile("(?iu)\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?");
    private static final Pattern NOON = Pattern.compile("(?iu)\\b(noon|midday|midi|mediod[ií]a)\\b");
    private static final Pattern CHINESE = Pattern.compile("(上午|下午|中午|晚上|凌晨)?\\s*(\\d{1,2})\\s*时(?:\\s*(\\d{1,2})\\s*分)?");
    private static final Pattern FRENCH = Pattern.compile("(?iu)\\b(\\d{1,2})\\s*h(?:eures?)?\\b\\.?\\s*(\\d{1,2})?");
    private static final Pattern SPANISH = Pattern.compile("(?iu)\\b(\\d{1,2})[.:](\\d{2})\\s*horas|\\b(\\d{1,2})\\s*horas");
    private static final Pattern RUSSIAN = Pattern.compile("\\b(\\d{1,2})\\s*ч\\.?\\s*(?:(\\d{1,2})\\s*м(?:ин)?\\.?)?");
    private static final Pattern COLON_TIME = Pattern.compile("(?<![\\d/.])(\\d{1,2})[:.](\\d{2})(?![\\d/])");

    private ClockTimeReader() {
    }

    /** Every time in the text, in order of appearance. */
    public static List<String> all(String text) {
        String t = ArabicDigits.toAscii(text);
        List<int[]> found = new ArrayList<>();
        collectEnglish(t, found);
        collectChinese(t, found);
        collect(t, FRENCH, 1, 2, found);
        collectSpanish(t, found);
        collect(t, RUSSIAN, 1, 2, found);
        Matcher noon = NOON.matcher(t);
        while (noon.find()) {
            found.add(new int[] {noon.start(), 12, 0});
        }
        if (found.isEmpty() && t.contains("الساعة")) {
            collect(t, COLON_TIME, 1, 2, found);
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> times = new ArrayList<>();
        for (int[] f : found) {
            if (f[1] <= 24 && f[2] < 60) {
                times.add(String.format(Locale.ROOT, "%02d:%02d", f[1], f[2]));
            }
        }
        return times;
    }

    public static String first(String text) {
        List<String> all = all(text);
        return all.isEmpty() ? null : all.get(0);
    }

    public static String last(String text) {
        List<String> all = all(text);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    private static void collectEnglish(String t, List<int[]> found) {
        Matcher m = ENGLISH.matcher(t);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            boolean pm = m.group(3).equalsIgnoreCase("p");
            if (pm && hour < 12) {
                hour += 12;
            } else if (!pm && hour == 12) {
                hour = 0;
            }
            found.add(new int[] {m.start(), hour, minute});
        }
    }

    private static void collectChinese(String t, List<int[]> found) {
        Matcher m = CHINESE.matcher(t);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(2));
            int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            String period = m.group(1);
            if (period != null && (period.equals("下午") || period.equals("晚上")) && hour < 12) {
                hour += 12;
            }
            found.add(new int[] {m.start(), hour, minute});
        }
    }

    private static void collectSpanish(String t, List<int[]> found) {
        Matcher m = SPANISH.matcher(t);
        while (m.find()) {
            if (m.group(1) != null) {
                found.add(new int[] {m.start(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
            } else {
                found.add(new int[] {m.start(), Integer.parseInt(m.group(3)), 0});
            }
        }
    }

    private static void collect(String t, Pattern pattern, int hourGroup, int minuteGroup, List<int[]> found) {
        Matcher m = pattern.matcher(t);
        while (m.find()) {
            int minute = m.group(minuteGroup) == null ? 0 : Integer.parseInt(m.group(minuteGroup));
            found.add(new int[] {m.start(), Integer.parseInt(m.group(hourGroup)), minute});
        }
    }
}
