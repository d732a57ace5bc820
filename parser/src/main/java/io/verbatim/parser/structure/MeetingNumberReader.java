package io.verbatim.parser.structure;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The meeting number from a record's title, in figures or in words: {@code 第一五一一次全体会议},
 * {@code 1511th plenary meeting}, {@code the one thousand five hundred and eleventh plenary meeting},
 * {@code 65e séance plénière}, {@code 65ª sesión plenaria}, {@code 65-е пленарное заседание},
 * {@code الجلسة العامة 65}, {@code الجلسة العامة الخامسة والستون}.
 */
public final class MeetingNumberReader {

    private static final List<Pattern> FIGURES = List.of(
            Pattern.compile("第\\s*([〇零一二三四五六七八九十百千万\\d]+)\\s*次(?:全体|正式|非正式)?会议"),
            Pattern.compile("(?iu)\\b(\\d{1,5})(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting"),
            Pattern.compile("(?iu)\\b(\\d{1,5})\\s*(?:e|ème|re|er)\\s+séance"),
            Pattern.compile("(?iu)\\b(\\d{1,5})\\s*[ªa.]\\s+sesión"),
            Pattern.compile("(?iu)sesión\\s+(?:plenaria\\s+)?(?:n[úu]mero\\s+)?(\\d{1,5})"),
            Pattern.compile("\\b(\\d{1,5})\\s*-\\s*(?:е|м|й|го)\\s+(?:пленарн\\p{L}+\\s+)?заседани"),
            Pattern.compile("(?iu)(?:meeting|séance|sesión)\\s+(?:no\\.?|n[°º])\\s*(\\d{1,5})"),
            Pattern.compile("(?:ال|لل)جلسة\\s+(?:العامة\\s+)?(\\d{1,5})"));
    private static final List<Pattern> WORDS = List.of(
            Pattern.compile("(?iu)\\b(?:of\\s+the|the)\\s+([a-z\\- ]+?)\\s+(?:plenary\\s+)?meeting"),
            Pattern.compile("(?iu)\\bla\\s+([\\p{L}\\- ]+?)\\s+séance"),
            Pattern.compile("(?iu)\\bla\\s+([\\p{L}\\- ]+?)\\s+sesión"),
            Pattern.compile("(?iu)(?<!\\p{L})о\\s+([\\p{L}\\- ]+?)\\s+(?:пленарном\\s+)?заседании"),
            Pattern.compile("(?iu)(?<!\\p{L})([\\p{L}\\- ]+?)\\s+пленарное\\s+заседание"));
    /** Number words that follow the noun: Spanish cardinals and Arabic ordinals. */
    private static final Pattern SPANISH_WORDS_AFTER = Pattern.compile("(?iu)sesión\\s+plenaria\\s+(?:n[úu]mero\\s+)?([\\p{L}\\- ]+)");
    private static final Pattern ARABIC_WORDS_AFTER = Pattern.compile("(?:ال|لل)جلسة\\s+(?:العامة\\s+)?(\\p{L}+(?:[ \\t]+\\p{L}+)*)");

    public OptionalInt find(String text) {
        String t = ArabicDigits.toAscii(text);
        for (Pattern pattern : FIGURES) {
            Matcher m = pattern.matcher(t);
            if (m.find()) {
                OptionalInt n = NumberWords.parseChinese(m.group(1));
                if (n.isPresent() && n.getAsInt() > 0) {
                    return n;
                }
            }
        }
        for (Pattern pattern : WORDS) {
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                OptionalInt n = wordsFromEnd(m.group(1));
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        OptionalInt spanish = wordsFromStart(SPANISH_WORDS_AFTER, t, NumberWords::parseWords);
        return spanish.isPresent() ? spanish : wordsFromStart(ARABIC_WORDS_AFTER, t, ArabicNumberWords::parse);
    }

    /** The longest run of number words starting the phrase after the noun: "الخامسة بعد الستمائة والألف لمؤتمر". */
    private static OptionalInt wordsFromStart(Pattern pattern, String text, Function<String, OptionalInt> parser) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String[] words = m.group(1).strip().split("\\s+");
            OptionalInt best = OptionalInt.empty();
            for (int end = 1; end <= words.length; end++) {
                OptionalInt n = parser.apply(String.join(" ", Arrays.copyOfRange(words, 0, end)));
                if (n.isEmpty()) {
                    break;
                }
                best = n;
            }
            if (best.isPresent() && best.getAsInt() > 0) {
                return best;
            }
        }
        return OptionalInt.empty();
    }

    /** The longest run of number words ending the phrase: "record of the one thousand … eleventh". */
    private static OptionalInt wordsFromEnd(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        OptionalInt best = OptionalInt.empty();
        for (int start = words.length - 1; start >= 0; start--) {
            OptionalInt n = NumberWords.parseWords(String.join(" ", Arrays.copyOfRange(words, start, words.length)));
            if (n.isEmpty()) {
                break;
            }
            best = n;
        }
        return best;
    }
}
