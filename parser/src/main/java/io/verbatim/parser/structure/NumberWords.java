package io.verbatim.parser.structure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Numbers written in words, cardinal or ordinal, as the titles of Geneva records print the meeting
 * number: {@code one thousand five hundred and eleventh}, {@code mille cinq cent onzième},
 * {@code тысяча пятьсот одиннадцатом}, and Chinese numerals ({@code 一五一一}, {@code 一千五百一十一}).
 */
public final class NumberWords {

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        put(1, "one", "first", "un", "une", "premier", "première", "unième", "uno", "primero", "primera", "primer");
        put(2, "two", "second", "deux", "deuxième", "dos", "segundo", "segunda");
        put(3, "three", "third", "trois", "troisième", "tres", "tercero", "tercera", "tercer");
        put(4, "four", "fourth", "quatre", "quatrième", "cuatro", "cuarto", "cuarta");
        put(5, "five", "fifth", "cinq", "cinquième", "cinco", "quinto", "quinta");
        put(6, "six", "sixth", "sixième", "seis", "sexto", "sexta");
        put(7, "seven", "seventh", "sept", "septième", "siete", "séptimo", "séptima");
        put(8, "eight", "eighth", "huit", "huitième", "ocho", "octavo", "octava");
        put(9, "nine", "ninth", "neuf", "neuvième", "nueve", "noveno", "novena");
        put(10, "ten", "tenth", "dix", "dixième", "diez", "décimo", "décima");
        put(11, "eleven", "eleventh", "onze", "onzième", "once", "undécimo", "undécima");
        put(12, "twelve", "twelfth", "douze", "douzième", "doce", "duodécimo", "duodécima");
        put(13, "thirteen", "thirteenth", "treize", "treizième", "trece");
        put(14, "fourteen", "fourteenth", "quatorze", "quatorzième", "catorce");
        put(15, "fifteen", "fifteenth", "quinze", "quinzième", "quince");
        put(16, "sixteen", "sixteenth", "seize", "seizième", "dieciséis");
        put(17, "seventeen", "seventeenth", "diecisiete");
        put(18, "eighteen", "eighteenth", "dieciocho");
        put(19, "nineteen", "nineteenth", "diecinueve");
        put(20, "twenty", "twentieth", "vingt", "vingts", "vingtième", "veinte", "vigésimo", "vigésima");
        put(30, "thirty", "thirtieth", "trente", "trentième", "treinta", "trigésimo", "trigésima");
        put(40, "forty", "fortieth", "quarante", "quarantième", "cuarenta", "cuadragésimo", "cuadragésima");
        put(50, "fifty", "fiftieth", "cinquante", "cinquantième", "cincuenta", "quincuagésimo", "quincuagésima");
        put(60, "sixty", "sixtieth", "soixante", "soixantième", "sesenta", "sexagésimo", "sexagésima");
        put(70, "seventy", "seventieth", "setenta", "septuagésimo", "septuagésima");
        put(80, "eighty", "eightieth", "ochenta", "octogésimo", "octogésima");
        put(90, "ninety", "ninetieth", "noventa", "nonagésimo", "nonagésima");
        put(100, "hundred", "hundredth", "cent", "cents", "centième", "cien", "ciento", "centésimo", "centésima");
        put(200, "doscientos", "ducentésimo", "ducentésima");
        put(300, "trescientos", "tricentésimo", "tricentésima");
        put(400, "cuatrocientos", "cuadringentésimo", "cuadringentésima");
        put(500, "quinientos", "quingentésimo", "quingentésima");
        put(600, "seiscientos", "sexcentésimo", "sexcentésima");
        put(700, "setecientos", "septingentésimo", "septingentésima");
        put(800, "ochocientos", "octingentésimo", "octingentésima");
        put(900, "novecientos", "noningentésimo", "noningentésima");
        put(1000, "thousand", "thousandth", "mille", "millième", "mil", "milésimo", "milésima");
        spanishCompounds();
        russian();
    }

    private NumberWords() {
    }

    /** Spanish writes 21 to 29 and the ordinals 11th to 19th as one word: {@code veintitrés}, {@code decimotercera}. */
    private static void spanishCompounds() {
        String[] units = {"uno", "dós", "trés", "cuatro", "cinco", "séis", "siete", "ocho", "nueve"};
        for (int i = 0; i < units.length; i++) {
            put(21 + i, "veinti" + units[i], "veinti" + units[i].replace("é", "e").replace("ó", "o"));
        }
        put(21, "veintiún", "veintiuna");
        String[] ordinals = {"primer", "segund", "tercer", "cuart", "quint", "sext", "séptim", "octav", "noven"};
        for (int i = 0; i < ordinals.length; i++) {
            for (String ending : new String[] {"o", "a"}) {
                put(11 + i, "décimo" + ordinals[i] + ending, "decimo" + ordinals[i] + ending);
            }
        }
        put(18, "decimoctavo", "decimoctava");
    }

    private static void russian() {
        String[][] units = {
                {"1", "один", "одна", "первый", "первом", "первого", "первое", "первая"},
                {"2", "два", "две", "второй", "втором", "второго", "второе"},
                {"3", "три", "третий", "третьем", "третьего", "третье"},
                {"4", "четыре", "четвертый", "четвертом", "четвертого", "четвертое"},
                {"5", "пять", "пятый", "пятом", "пятого", "пятое"},
                {"6", "шесть", "шестой", "шестом", "шестого", "шестое"},
                {"7", "семь", "седьмой", "седьмом", "седьмого", "седьмое"},
                {"8", "восемь", "восьмой", "восьмом", "восьмого", "восьмое"},
                {"9", "девять", "девятый", "девятом", "девятого", "девятое"},
                {"10", "десять", "десятый", "десятом", "десятого", "десятое"},
                {"11", "одиннадцать", "одиннадцатый", "одиннадцатом", "одиннадцатого", "одиннадцатое"},
                {"12", "двенадцать", "двенадцатый", "двенадцатом", "двенадцатого", "двенадцатое"},
                {"13", "тринадцать", "тринадцатый", "тринадцатом", "тринадцатого"},
                {"14", "четырнадцать", "четырнадцатый", "четырнадцатом", "четырнадцатого"},
                {"15", "пятнадцать", "пятнадцатый", "пятнадцатом", "пятнадцатого"},
                {"16", "шестнадцать", "шестнадцатый", "шестнадцатом", "шестнадцатого"},
                {"17", "семнадцать", "семнадцатый", "семнадцатом", "семнадцатого"},
                {"18", "восемнадцать", "восемнадцатый", "восемнадцатом", "восемнадцатого"},
                {"19", "девятнадцать", "девятнадцатый", "девятнадцатом", "девятнадцатого"},
                {"20", "двадцать", "двадцатый", "двадцатом", "двадцатого"},
                {"30", "тридцать", "тридцатый", "тридцатом", "тридцатого"},
                {"40", "сорок", "сороковой", "сороковом", "сорокового"},
                {"50", "пятьдесят", "пятидесятый", "пятидесятом", "пятидесятого"},
                {"60", "шестьдесят", "шестидесятый", "шестидесятом", "шестидесятого"},
                {"70", "семьдесят", "семидесятый", "семидесятом", "семидесятого"},
                {"80", "восемьдесят", "восьмидесятый", "восьмидесятом", "восьмидесятого"},
                {"90", "девяносто", "девяностый", "девяностом", "девяностого"},
                {"100", "сто", "сотый", "сотом", "сотого"},
                {"200", "двести", "двухсотый", "двухсотом"},
                {"300", "триста", "трехсотый", "трехсотом"},
                {"400", "четыреста", "четырехсотый", "четырехсотом"},
                {"500", "пятьсот", "пятисотый", "пятисотом"},
                {"600", "шестьсот", "шестисотый", "шестисотом"},
                {"700", "семьсот", "семисотый", "семисотом"},
                {"800", "восемьсот", "восьмисотый", "восьмисотом"},
                {"900", "девятьсот", "девятисотый", "девятисотом"},
                {"1000", "тысяча", "тысячи", "тысяч", "тысячный", "тысячном", "тысячного"}};
        for (String[] row : units) {
            int value = Integer.parseInt(row[0]);
            for (int i = 1; i < row.length; i++) {
                WORDS.put(row[i], value);
                russianOrdinalEndings(row[i], value);
            }
        }
    }

    /** Every case and gender of an ordinal such as {@code четвертый}: {@code четвертое}, {@code четвертом}, {@code четвертая}. */
    private static void russianOrdinalEndings(String word, int value) {
        if (word.length() > 4 && (word.endsWith("ый") || word.endsWith("ой"))) {
            String stem = word.substring(0, word.length() - 2);
            for (String ending : new String[] {"ый", "ой", "ое", "ом", "ого", "ому", "ая", "ую"}) {
                WORDS.putIfAbsent(stem + ending, value);
            }
        }
    }

    private static void put(int value, String... words) {
        for (String word : words) {
            WORDS.putIfAbsent(word, value);
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
            if (word.isEmpty() || word.equals("and") || word.equals("et") || word.equals("y")) {
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
