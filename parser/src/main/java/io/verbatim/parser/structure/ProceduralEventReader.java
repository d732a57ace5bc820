package io.verbatim.parser.structure;

import io.verbatim.contracts.record.ProceduralEvent;
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
    private static final String ZH_TIME = "(?:(?:上午|下午|中午|晚上)?\\s*\\d{1,2}\\s*时(?:\\s*\\d{1,2}\\s*分)?\\s*)";

    /** "Mr. X (Country) took the chair.": the phrase ends the paragraph, after at most this many characters. */
    private static final int MAX_CHAIR_PREFIX = 160;
    private static final List<String> CHAIR_PHRASES = List.of(
            "took the chair", "assume la présidence", "prend la présidence", "ocupa la presidencia",
            "asume la presidencia", "занимает место председателя", "занял место председателя", "заняла место председателя",
            "主持会议", "تولى الرئاسة", "تولت الرئاسة", "تولّى الرئاسة", "تولّت الرئاسة");
    private static final Pattern LINE_TERMINATOR = Pattern.compile("[\n\r\u0085\u2028\u2029]");

    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        PATTERNS.put(ProceduralEvent.RECORDED_VOTE, Pattern.compile(
                "(?iu)(a recorded vote was taken|il est procédé au vote enregistré|se procede a votación registrada"
                        + "|проводится (?:заносимое в отчет|регистрируемое) голосование|进行记录表决|أجري تصويت مسجل|أُجري تصويت مسجل).*"));
        PATTERNS.put(ProceduralEvent.SUSPENSION, Pattern.compile(
                "(?iu)(the meeting was suspended|la séance est suspendue|se suspende la sesión|заседание прерывается|заседание было прервано"
                        + "|(?:会议)?" + ZH_TIME + "?(?:会议)?暂停|علقت الجلسة|عُلِّقت الجلسة|عُلقت الجلسة).*"));
        PATTERNS.put(ProceduralEvent.RESUMPTION, Pattern.compile(
                "(?iu)(the meeting (?:was )?resumed|la séance est reprise|se reanuda la sesión|заседание возобновляется"
                        + "|(?:会议)?" + ZH_TIME + "?(?:会议)?复会|استؤنفت الجلسة|استُؤنفت الجلسة).*"));
        PATTERNS.put(ProceduralEvent.CLOSING, Pattern.compile(
                "(?iu)(the meeting rose|la séance est levée|se levanta la sesión|заседание закрывается|заседание закрылось"
                        + "|" + ZH_TIME + "散会|会议于.{0,20}结束|رفعت الجلسة|رُفعت الجلسة).*"));
        PATTERNS.put(ProceduralEvent.OPENING, Pattern.compile(
                "(?iu)(the meeting was called to order|la séance est ouverte|se abre la sesión|заседание открывается|"
                        + ZH_TIME + "开会|افتتحت الجلسة|افتُتحت الجلسة|افتتحت الجلسة).*"));
        PATTERNS.put(ProceduralEvent.DECISION, Pattern.compile(
                "(?iu)(it was so decided|il en est ainsi décidé|así queda acordado|así se decide|так принимается решение"
                        + "|решение принимается|就这样决定|وقد تقرر ذلك|تقرر ذلك).*"));
        PATTERNS.put(ProceduralEvent.ADOPTION, Pattern.compile(
                "(?iu)((?:the )?draft .{0,80}(?:was|were) adopted"
                        + "|le projet de (?:résolution|décision) .{0,60}est adopté|les projets de .{0,60}sont adoptés"
                        + "|queda aprobado el proyecto|quedan aprobados los proyectos|se aprueba el proyecto"
                        + "|проект (?:резолюции|решения) .{0,60}принимается|проекты .{0,60}принимаются"
                        + "|.{0,40}(?:决议|决定)草案.{0,30}获得?通过|اعتمد مشروع|اعتُمد مشروع|اعتمدت مشاريع).*"));
    }

    private static final Map<String, LeadingCharacterFilter> FILTERS = new LinkedHashMap<>();

    static {
        PATTERNS.forEach((type, pattern) -> FILTERS.put(type, new LeadingCharacterFilter(pattern)));
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
