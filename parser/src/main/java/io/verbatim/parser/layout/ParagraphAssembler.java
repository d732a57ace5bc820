package io.verbatim.parser.layout;

import io.verbatim.contracts.record.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from lines. A new paragraph starts at an indented line, at a line that opens with a
 * speaker's label or another structural mark, after a short line that ends a sentence, and after a line
 * that stops far before the margin (a heading). Blank lines
 * end a paragraph unless the extraction put one after every line (double-spaced text), where they mean
 * nothing. A line ending in a colon that the next line continues in lower case never ends a paragraph.
 * A label broken over a line ({@code Mr. X (Bolivarian Republic of} / {@code Venezuela): ...}) is known
 * by the two lines together, and its second line never starts a paragraph of its own.
 */
public final class ParagraphAssembler {

    private static final Pattern DOT_LEADERS = Pattern.compile("[.…·_]{8,}|(?:\\. ){6,}");
    private static final String LEADER_CHARACTERS = ".…·_";
    /** Either form of {@link #DOT_LEADERS} holds at least six of these characters. */
    private static final int MIN_LEADER_CHARACTERS = 6;

    private final Predicate<String> startsStructure;
    private final Predicate<String> mayStartOverLineBreak;

    /** @param startsStructure whether a (stripped) line opens a new unit, e.g. a speaker's label */
    public ParagraphAssembler(Predicate<String> startsStructure) {
        this(startsStructure, line -> false);
    }

    /**
     * @param mayStartOverLineBreak whether a line that opens no unit alone may open one with the next line:
     *                              a cheap test, so that the pair is tried only where it can succeed
     */
    public ParagraphAssembler(Predicate<String> startsStructure, Predicate<String> mayStartOverLineBreak) {
        this.startsStructure = startsStructure;
        this.mayStartOverLineBreak = mayStartOverLineBreak;
    }

    public List<Paragraph> assemble(List<Line> lines) {
        LineStatistics stats = LineStatistics.of(lines);
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        int currentPage = 0;
        Line previous = null;
        boolean blankSincePrevious = false;
        int linesContinuingAStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                blankSincePrevious = true;
                continue;
            }
            String text = line.text().strip();
            if (previous != null && previous.page() != line.page()) {
                // The gap between pages is layout, not a paragraph break.
                blankSincePrevious = false;
            }
            boolean continuesAStart = linesContinuingAStart > 0;
            boolean opens = false;
            int continuation = 0;
            if (!continuesAStart) {
                opens = startsStructure.test(text);
                continuation = opens ? 0 : linesOfAStartOverLineBreaks(text, lines, i);
            }
            boolean opensOverBreak = continuation > 0;
            boolean fresh = !continuesAStart && (current == null
                    || blankSincePrevious && stats.blankLinesSeparateParagraphs()
                    || stats.isIndented(line)
                    || opens
                    || opensOverBreak
                    || isLeaderLine(text)
                    || endsParagraph(previous, text, stats));
            linesContinuingAStart = continuesAStart ? linesContinuingAStart - 1 : continuation;
            if (fresh) {
                flush(paragraphs, current, currentPage);
                current = new StringBuilder(text);
                currentPage = line.page();
            } else {
                LineJoiner.appendTo(current, text);
            }
            previous = line;
            blankSincePrevious = false;
        }
        flush(paragraphs, current, currentPage);
        return paragraphs;
    }

    /** A unit's start broken over at most this many line breaks (a long Arabic country name, then the note). */
    private static final int MAX_BREAKS_IN_A_START = 2;

    /**
     * How many of the next lines the line needs to open a unit (a label broken over line breaks), or 0 when
     * it opens none with them.
     */
    private int linesOfAStartOverLineBreaks(String text, List<Line> lines, int at) {
        String joined = text;
        int used = 0;
        for (int k = at + 1; k < lines.size() && used < MAX_BREAKS_IN_A_START; k++) {
            if (lines.get(k).isBlank()) {
                continue;
            }
            if (!mayStartOverLineBreak.test(joined)) {
                return 0;
            }
            joined = LineJoiner.join(joined, lines.get(k).text().strip());
            used++;
            if (startsStructure.test(joined)) {
                return used;
            }
        }
        return 0;
    }

    /** A cover line with dot leaders ("President: Mr. X ........ (Country)") stands alone. */
    private static boolean isLeaderLine(String text) {
        return leaderCharacters(text) >= MIN_LEADER_CHARACTERS && DOT_LEADERS.matcher(text).find();
    }

    /** Most lines have no leaders; counting is far cheaper than searching for the pattern at every position. */
    private static int leaderCharacters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (LEADER_CHARACTERS.indexOf(text.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }

    private static boolean endsParagraph(Line previous, String next, LineStatistics stats) {
        String text = previous.text().strip();
        if (text.isEmpty() || isLeaderLine(text)) {
            return true;
        }
        if (text.endsWith("-") || text.endsWith("\u00AD") || continuesAfterColon(text, next)) {
            return false;
        }
        if (stats.isVeryShort(previous)) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        boolean sentenceEnd = ".!?。！？:：;；)）\"”»".indexOf(last) >= 0;
        return sentenceEnd && stats.isShort(previous);
    }

    /** "... on the matter of our programme of work:" / "my delegation remains ready ...": one sentence. */
    private static boolean continuesAfterColon(String text, String next) {
        return (text.endsWith(":") || text.endsWith(";")) && Character.isLowerCase(next.codePointAt(0));
    }

    private static void flush(List<Paragraph> paragraphs, StringBuilder text, int page) {
        if (text != null && !text.isEmpty()) {
            paragraphs.add(new Paragraph(page, text.toString()));
        }
    }
}
