package io.verbatim.parser.layout;

import java.util.Optional;
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
    /**
     * {@code 5/17}, with the job number before or after it; pdf.js runs the two together without a space
     * ({@code 26-039202/28}, {@code 3/2826-03920}), which the exact width of a job number's digits resolves.
     */
    private static final Pattern PAGE_OF = Pattern.compile("\\s*(?:" + JOB + "\\s*)?(\\d{1,4})/(\\d{1,4})(?:\\s*" + JOB + ")?\\s*");
    private static final Pattern BARE_PAGE = Pattern.compile("\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?\\s*");
    /** The bar code, alone or with the recycling notice printed beside it ({@code *2106512*   Please recycle}). */
    private static final Pattern BAR_CODE = Pattern.compile("\\s*\\*\\s?\\d{7,8}\\s?\\*(?:\\s+\\P{Cntrl}{1,60}?)?\\s*");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*");
    private static final String HEADER_DATE = "(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}[/.]\\d{1,2}[/.]\\d{1,2})";
    /**
     * The header of a New York record: symbol, title of the item and date, the date first on odd pages
     * ({@code S/PV.8418 Opérations de maintien de la paix 06/12/2018}, {@code 23/03/2026 Maintenance … S/PV.10124}).
     */
    private static final Pattern SYMBOL_AND_DATE = Pattern.compile(
            "\\s*" + SYMBOL.pattern() + "(?:\\s+\\S.{0,160}?)?\\s+" + HEADER_DATE + "\\s*"
            + "|\\s*" + HEADER_DATE + "(?:\\s+\\S.{0,160}?)?\\s+" + SYMBOL.pattern() + "\\s*");

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

    /** A page number printed in a running line, and whether it came as {@code page/pages}. */
    public record PrintedPage(int number, boolean pageOfPages) {
    }

    /**
     * The page number a running line prints: Geneva records print it beside the job number at the top
     * ({@code 2 GE.20-01397}, {@code GE.20-01397 19}), New York records as {@code 3/17} beside the job number
     * in the footer.
     */
    public static Optional<PrintedPage> printedPage(String line) {
        Matcher m = PAGE_BEFORE_JOB.matcher(line);
        if (m.matches()) {
            return Optional.of(new PrintedPage(Integer.parseInt(m.group(1)), false));
        }
        m = JOB_BEFORE_PAGE.matcher(line);
        if (m.matches()) {
            return Optional.of(new PrintedPage(Integer.parseInt(m.group(1)), false));
        }
        m = PAGE_OF.matcher(line);
        if (m.matches()) {
            int page = Integer.parseInt(m.group(1));
            int pages = Integer.parseInt(m.group(2));
            return page >= 1 && page <= pages ? Optional.of(new PrintedPage(page, true)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A header line that names the record (its symbol, alone or with title and date), not a page number. */
    public static boolean isRecordHeader(String line) {
        return SYMBOL_LINE.matcher(line).matches() || SYMBOL_AND_DATE.matcher(line).matches();
    }

    /** The symbol a running line begins or ends with, or null. */
    public static String symbolOf(String line) {
        String text = line.strip();
        if (!isRecordHeader(text)) {
            return null;
        }
        Matcher m = SYMBOL.matcher(text);
        if (m.lookingAt()) {
            return m.group();
        }
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return SYMBOL.matcher(last).matches() ? last : null;
    }
}
