package io.verbatim.parser.structure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    private static final List<Gated> FIGURES = List.of(
            new Gated("第\\s*([〇零一二三四五六七八九十百千万\\d]+)\\s*次(?:全体|正式|非正式)?会议", "会议"),
            new Gated("(?iu)\\b(\\d{1,5})(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting", "meeting"),
            new Gated("(?iu)\\b(\\d{1,5})\\s*(?:e|ème|re|er)\\s+séance", "séance"),
            new Gated("(?iu)\\b(\\d{1,5})\\s*[ªa.]\\s+sesión", "sesión"),
            new Gated("(?iu)sesión\\s+(?:plenaria\\s+)?(?:n[úu]mero\\s+)?(\\d{1,5})", "sesión"),
            new Gated("\\b(\\d{1,5})\\s*-\\s*(?:е|м|й|го)\\s+(?:пленарн\\p{L}+\\s+)?заседани", "заседани"),
            new Gated("(?iu)(?:meeting|séance|sesión)\\s+(?:no\\.?|n[°º])\\s*(\\d{1,5})", "meeting", "séance", "sesión"),
            new Gated("(?:ال|لل)جلسة\\s+(?:العامة\\s+)?(\\d{1,5})", "جلسة"));
    private static final List<Gated> WORDS = List.of(
            new Gated("(?iu)\\b(?:of\\s+the|the)\\s+([a-z\\- ]+?)\\s+(?:plenary\\s+)?meeting", "meeting"),
            new Gated("(?iu)\\bla\\s+([\\p{L}\\- ]+?)\\s+séance", "séance"),
            new Gated("(?iu)\\bla\\s+([\\p{L}\\- ]+?)\\s+sesión", "sesión"),
            new Gated("(?iu)(?<!\\p{L})о\\s+([\\p{L}\\- ]+?)\\s+(?:пленарном\\s+)?заседании", "заседани"),
            new Gated("(?iu)(?<!\\p{L})([\\p{L}\\- ]+?)\\s+пленарное\\s+заседание", "заседани"));
    /** Number words that follow the noun: Spanish cardinals and Arabic ordinals. */
    private static final Gated SPANISH_WORDS_AFTER = new Gated("(?iu)sesión\\s+plenaria\\s+(?:n[úu]mero\\s+)?([\\p{L}\\- ]+)", "sesión");
    private static final Gated ARABIC_WORDS_AFTER = new Gated("(?:ال|لل)جلسة\\s+(?:العامة\\s+)?(\\p{L}+(?:[ \\t]+\\p{L}+)*)", "جلسة");

    /**
     * A pattern and the nouns it cannot match without ({@code meeting}, {@code séance}, ...): most texts hold
     * none of them, and looking for a word is far cheaper than trying the pattern at every position.
     */
    private record Gated(Pattern pattern, List<String> nouns) {
        Gated(String regex, String... nouns) {
            this(Pattern.compile(regex), List.of(nouns));
        }

        /** @param lowerCase the text in lower case, as the case-insensitive patterns see it */
        Matcher matcherIfPossible(String text, String lowerCase) {
            return nouns.stream().anyMatch(lowerCase::contains) ? pattern.matcher(text) : null;
        }
    }

    public OptionalInt find(String text) {
        String t = ArabicDigits.toAscii(text);
        String lowerCase = t.toLowerCase(Locale.ROOT);
        for (Gated pattern : FIGURES) {
            Matcher m = pattern.matcherIfPossible(t, lowerCase);
            if (m != null && m.find()) {
                OptionalInt n = NumberWords.parseChinese(m.group(1));
                if (n.isPresent() && n.getAsInt() > 0) {
                    return n;
                }
            }
        }
        for (Gated pattern : WORDS) {
            Matcher m = pattern.matcherIfPossible(t, lowerCase);
            while (m != null && m.find()) {
                OptionalInt n = wordsFromEnd(m.group(1));
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        OptionalInt spanish = wordsFromStart(SPANISH_WORDS_AFTER.matcherIfPossible(t, lowerCase), NumberWords::parseWords);
        return spanish.isPresent() ? spanish : wordsFromStart(ARABIC_WORDS_AFTER.matcherIfPossible(t, lowerCase), ArabicNumberWords::parse);
    }

    /** The longest run of number words starting the phrase after the noun: "الخامسة بعد الستمائة والألف لمؤتمر". */
    private static OptionalInt wordsFromStart(Matcher m, Function<String, OptionalInt> parser) {
        while (m != null && m.find()) {
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
