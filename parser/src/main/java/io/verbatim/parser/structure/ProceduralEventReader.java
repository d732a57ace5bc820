package io.verbatim.parser.structure;

import io.verbatim.contracts.record.ProceduralEvent;
import io.verbatim.parser.vocabulary.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the paragraphs in which the record reports what happened rather than what was said:
 * opening, suspension, resumption, closing, change of chair, decisions, adoptions, recorded votes. They
 * are printed as short paragraphs of their own, so a pattern must match at the start of a short
 * paragraph; the same words inside a speech ("现在会议暂停，欢迎…") are not an event.
 */
public final class ProceduralEventReader {

    private static final int MAX_LENGTH = 400;
    private static final Vocabulary VOCABULARY = Vocabulary.bundled();

    /** "Mr. X (Country) took the chair.": the phrase ends the paragraph, after at most this many characters. */
    private static final int MAX_CHAIR_PREFIX = 160;
    private static final List<String> CHAIR_PHRASES = VOCABULARY.phrases("event-change-of-chair");
    private static final Pattern LINE_TERMINATOR = Pattern.compile("[\n\r\u0085\u2028\u2029]");

    /** The events read from their phrases, in the order they are tried: the first whose phrase starts the paragraph wins. */
    private static final List<String> TYPES = List.of(ProceduralEvent.RECORDED_VOTE, ProceduralEvent.SUSPENSION,
            ProceduralEvent.RESUMPTION, ProceduralEvent.CLOSING, ProceduralEvent.OPENING, ProceduralEvent.DECISION,
            ProceduralEvent.ADOPTION);
    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();
    private static final Map<String, LeadingCharacterFilter> FILTERS = new LinkedHashMap<>();

    static {
        for (String type : TYPES) {
            Pattern pattern = Pattern.compile("(?iu)(" + String.join("|", VOCABULARY.phrases("event-" + type)) + ").*");
            PATTERNS.put(type, pattern);
            FILTERS.put(type, new LeadingCharacterFilter(pattern));
        }
    }

    /** The event's type when the paragraph reports one. */
    public Optional<String> typeOf(String paragraph) {
        String text = paragraph.strip();
        if (text.length() > MAX_LENGTH || text.isEmpty()) {
            return Optional.empty();
        }
        if (isChairChange(text)) {
            return Optional.of(ProceduralEvent.CHANGE_OF_CHAIR);
        }
        for (Map.Entry<String, Pattern> entry : PATTERNS.entrySet()) {
            if (FILTERS.get(entry.getKey()).mayMatch(text) && entry.getValue().matcher(text).matches()) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * The same test as matching {@code (?iu).{0,160}(phrase)\.?。?} against the whole text, without that
     * pattern's cost: it retries every phrase at each of 160 start positions. The phrase must end the text
     * (before the optional full stops), so it is compared there, ignoring case as {@code (?iu)} does, and
     * {@code .{0,160}} only asks that it start within 160 code points and before any line break.
     */
    private static boolean isChairChange(String text) {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '。') {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '.') {
            end--;
        }
        for (String phrase : CHAIR_PHRASES) {
            int start = end - phrase.length();
            if (start >= 0 && text.regionMatches(true, start, phrase, 0, phrase.length()) && startsEarlyEnough(text, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsEarlyEnough(String text, int start) {
        Matcher lineBreak = LINE_TERMINATOR.matcher(text);
        int firstBreak = lineBreak.find() ? lineBreak.start() : text.length();
        return start <= firstBreak && text.codePointCount(0, start) <= MAX_CHAIR_PREFIX;
    }

    /** The time the event gives; for a suspension printed with its resumption, the first. */
    public static String timeOf(String paragraph) {
        return ClockTimeReader.first(paragraph);
    }
}
