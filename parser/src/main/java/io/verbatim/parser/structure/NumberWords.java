package io.verbatim.parser.structure;

import io.verbatim.parser.vocabulary.Vocabulary;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Numbers written in words, cardinal or ordinal, as the titles of Geneva records print the meeting
 * number: {@code one thousand five hundred and eleventh}, {@code mille cinq cent onzième},
 * {@code тысяча пятьсот одиннадцатом}, and Chinese numerals ({@code 一五一一}, {@code 一千五百一十一}).
 */
public final class NumberWords {

    private static final Map<String, Integer> WORDS = new HashMap<>();
    private static final Set<String> CONNECTORS = Set.copyOf(Vocabulary.bundled().phrases("number-connectors"));

    static {
        for (String row : Vocabulary.bundled().phrases("number-words")) {
            String[] valueAndWords = row.split("\\s+");
            if (isArabic(valueAndWords[1])) {
                continue; // read by ArabicNumberWords, whose numbers are built the other way round
            }
            int value = Integer.parseInt(valueAndWords[0]);
            for (int i = 1; i < valueAndWords.length; i++) {
                String word = valueAndWords[i].toLowerCase(Locale.ROOT);
                WORDS.putIfAbsent(word, value);
            }
        }
        Map.copyOf(WORDS).forEach(NumberWords::russianOrdinalEndings);
    }

    private NumberWords() {
    }

    private static boolean isArabic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    /** Every case and gender of a Russian ordinal such as {@code четвертый}: {@code четвертое}, {@code четвертом}, {@code четвертая}. */
    private static void russianOrdinalEndings(String word, int value) {
        if (word.length() > 4 && (word.endsWith("ый") || word.endsWith("ой"))) {
            String stem = word.substring(0, word.length() - 2);
            for (String ending : new String[] {"ый", "ой", "ое", "ом", "ого", "ому", "ая", "ую"}) {
                WORDS.putIfAbsent(stem + ending, value);
            }
        }
    }

    /** The number a run of number words spells, or empty when a word is not a number word. */
    public static OptionalInt parseWords(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[\\s\\-]+");
        int total = 0;
        int current = 0;
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty() || CONNECTORS.contains(word)) {
                continue;
            }
            Integer value = WORDS.get(word);
            if (value == null) {
                return OptionalInt.empty();
            }
            any = true;
            if (value == 1000) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else if (value == 100 && current > 0 && current < 100) {
                current *= 100;
            } else if (value == 20 && current % 100 == 4 && word.startsWith("vingt")) {
                current += 76; // quatre-vingt(s): the four just read becomes eighty
            } else {
                current += value;
            }
        }
        return any ? OptionalInt.of(total + current) : OptionalInt.empty();
    }

    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九";

    /** Chinese numerals, positional ({@code 一千五百一十一}) or digit by digit ({@code 一五一一}); ASCII digits pass. */
    public static OptionalInt parseChinese(String numeral) {
        if (numeral.chars().allMatch(Character::isDigit)) {
            return OptionalInt.of(Integer.parseInt(numeral));
        }
        boolean positional = numeral.chars().anyMatch(c -> "十百千万".indexOf(c) >= 0);
        int total = 0;
        int section = 0;
        int digit = 0;
        for (char c : numeral.toCharArray()) {
            int d = chineseDigit(c);
            if (d >= 0) {
                digit = positional ? d : digit * 10 + d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return OptionalInt.empty();
            }
            if (unit == 10000) {
                total += (section + digit) * 10000;
                section = 0;
            } else {
                section += (digit == 0 ? 1 : digit) * unit;
            }
            digit = 0;
        }
        return OptionalInt.of(total + section + digit);
    }

    private static int chineseDigit(char c) {
        int i = CHINESE_DIGITS.indexOf(c);
        if (i < 0) {
            return Character.isDigit(c) ? c - '0' : -1;
        }
        return i <= 1 ? 0 : i - 1;
    }
}
