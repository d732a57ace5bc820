package io.verbatim.parser.layout;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the lines printed on every page (headers, footers) of a UN record look like: the document symbol,
 * the job number alone or with a page number, {@code 3/17}, the date of the meeting, a bar code.
 */
public final class RunningHeaderPatterns {

    /** A UN document symbol standing alone, e.g. {@code CD/PV.1511}, {@code A/71/PV.65}, {@code S/PV.7847}. */
    public static final Pattern SYMBOL = Pattern.compile("[A-Z]{1,8}(?:/[A-Z0-9][A-Za-z0-9.\\-]*)+(?:/Add\\.\\d+|/Corr\\.\\d+|/Rev\\.\\d+)*");
    /** The job number: {@code GE.20-01397}, {@code 16-43375}, {@code 1643375E}. */
    static final String JOB = "(?:[A-Z]{2}\\.)?\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?";
    public static final Pattern JOB_NUMBER = Pattern.compile("(?<![\\d-])((?:[A-Z]{2}\\.)?\\d{2}-\\d{5})(?![\\d-])");

    private static final Pattern SYMBOL_LINE = Pattern.compile("\\s*" + SYMBOL.pattern() + "(?:\\s*\\(\\w+\\))?\\s*");
    private static final Pattern JOB_LINE = Pattern.compile("\\s*" + JOB + "(?:\\s+\\d{6}){0,2}\\s*(?:\\*\\d{7,8}\\*)?\\s*");
    private static final Pattern PAGE_BEFORE_JOB = Pattern.compile("\\s*(\\d{1,4})\\s+" + JOB + "\\s*");
    private static final Pattern JOB_BEFORE_PAGE = Pattern.compile("\\s*" + JOB + "\\s+(\\d{1,4})\\s*");
    private static final Pattern PAGE_OF = Pattern.compile("\\s*(?:" + JOB + "\\s+)?(\\d{1,4})/\\d{1,4}(?:\\s+" + JOB + ")?\\s*");
    private static final Pattern BARE_PAGE = Pattern.compile("\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?\\s*");
    /** The bar code, alone or with the recycling notice printed beside it ({@code *2106512*   Please recycle}). */
    private static final Pattern BAR_CODE = Pattern.compile("\\s*\\*\\s?\\d{7,8}\\s?\\*(?:\\s+\\P{Cntrl}{1,60}?)?\\s*");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*");
    private static final Pattern SYMBOL_AND_DATE = Pattern.compile("\\s*" + SYMBOL.pattern() + "\\s+\\d{1,2}/\\d{1,2}/\\d{4}\\s*"
            + "|\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s+" + SYMBOL.pattern() + "\\s*");

    private RunningHeaderPatterns() {
    }

    /** A line that only a running header or footer prints. */
    public static boolean isRunningLine(String line) {
        return SYMBOL_LINE.matcher(line).matches()
                || JOB_LINE.matcher(line).matches()
                || PAGE_BEFORE_JOB.matcher(line).matches()
                || JOB_BEFORE_PAGE.matcher(line).matches()
                || PAGE_OF.matcher(line).matches()
                || BARE_PAGE.matcher(line).matches()
                || BAR_CODE.matcher(line).matches()
                || NUMERIC_DATE.matcher(line).matches()
                || SYMBOL_AND_DATE.matcher(line).matches();
    }

    public static boolean isSymbolLine(String line) {
        return SYMBOL_LINE.matcher(line).matches();
    }

    public static boolean isJobLine(String line) {
        return JOB_LINE.matcher(line).matches();
    }

    /**
     * The number of the page that begins after a header line. Geneva records print it at the top
     * ({@code 2 GE.20-01397}, {@code GE.20-01397 19}); New York records print {@code 3/17} at the foot of
     * the page before.
     */
    public static OptionalInt pageStartingAfter(String line) {
        Matcher m = PAGE_BEFORE_JOB.matcher(line);
        if (m.matches()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        m = JOB_BEFORE_PAGE.matcher(line);
        if (m.matches()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        m = PAGE_OF.matcher(line);
        if (m.matches()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)) + 1);
        }
        return OptionalInt.empty();
    }
}
