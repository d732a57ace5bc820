package io.verbatim.parser.structure;

import io.verbatim.parser.language.MatchKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Arabic numbers written in words, as Arabic titles print the meeting number: ordinals in ascending order
 * joined by {@code بعد} and {@code و} ({@code الخامسة بعد الستمائة والألف} = 1605th,
 * {@code الحادية عشرة بعد الخمسمائة والألف} = 1511th, {@code الخامسة والستون} = 65th) and cardinals in
 * descending order ({@code ألف وستمائة وخمسة}). Masculine and feminine, with or without the article.
 * Words are compared by {@link MatchKey}, which drops every alef, so {@code مائة}/{@code مئة} and a lam-alef
 * read as alef-lam ({@code واأللف}) still match.
 */
public final class ArabicNumberWords {

    private static final Map<String, Integer> WORDS = new HashMap<>();
    private static final String AFTER = MatchKey.of("بعد");
    private static final String AND = MatchKey.of("و");

    static {
        put(1, "واحد", "واحدة", "أحد", "إحدى", "أول", "أولى", "حادي", "حادية");
        put(2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثنتا", "ثاني", "ثان", "ثانية");
        put(3, "ثلاث", "ثلاثة", "ثالث", "ثالثة");
        put(4, "أربع", "أربعة", "رابع", "رابعة");
        put(5, "خمس", "خمسة", "خامس", "خامسة");
        put(6, "ست", "ستة", "سادس", "سادسة");
        put(7, "سبع", "سبعة", "سابع", "سابعة");
        put(8, "ثمان", "ثماني", "ثمانية", "ثامن", "ثامنة");
        put(9, "تسع", "تسعة", "تاسع", "تاسعة");
        put(10, "عشر", "عشرة", "عاشر", "عاشرة");
        String[] tens = {"عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < tens.length; i++) {
            put((i + 2) * 10, tens[i] + "ون", tens[i] + "ين");
        }
        put(100, "مائة", "مئة");
        put(200, "مائتان", "مائتين", "مائتا", "مئتان", "مئتين", "مئتا");
        String[] hundreds = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < hundreds.length; i++) {
            put((i + 3) * 100, hundreds[i] + "مائة", hundreds[i] + "مئة");
        }
        put(800, "ثمانيمائة", "ثمانيمئة");
        put(1000, "ألف", "ألفا", "آلاف");
        put(2000, "ألفان", "ألفين");
    }

    private ArabicNumberWords() {
    }

    private static void put(int value, String... words) {
        for (String word : words) {
            WORDS.putIfAbsent(MatchKey.of(word), value);
        }
    }

    /**
     * The number the words spell, or empty when a word is not a number word. Terms add up in either order;
     * a hundred or a thousand directly after a smaller number, with no {@code و} between, multiplies it
     * ({@code ثلاثة آلاف} = 3000).
     */
    public static OptionalInt parse(String phrase) {
        List<Integer> terms = new ArrayList<>();
        boolean joined = true;
        for (String word : MatchKey.of(phrase).split(" ")) {
            if (word.isEmpty() || word.equals(AFTER) || word.equals(AND)) {
                joined = true;
                continue;
            }
            Term term = term(word);
            if (term == null) {
                return OptionalInt.empty();
            }
            boolean multiplies = !joined && !term.conjoined && (term.value == 100 || term.value == 1000)
                    && !terms.isEmpty() && terms.getLast() < 100;
            if (multiplies) {
                terms.set(terms.size() - 1, terms.getLast() * term.value);
            } else {
                terms.add(term.value);
            }
            joined = false;
        }
        return terms.isEmpty() ? OptionalInt.empty() : OptionalInt.of(terms.stream().mapToInt(Integer::intValue).sum());
    }

    /** A number word, with or without a leading {@code و} and article (which lost its alef in the key). */
    private static Term term(String word) {
        String[][] prefixes = {{"", ""}, {"و", ""}, {"ل", ""}, {"و", "ل"}};
        for (String[] prefix : prefixes) {
            String p = prefix[0] + prefix[1];
            if (word.startsWith(p) && word.length() > p.length()) {
                Integer value = WORDS.get(word.substring(p.length()));
                if (value != null) {
                    return new Term(value, prefix[0].equals("و"));
                }
            }
        }
        return null;
    }

    private record Term(int value, boolean conjoined) {
    }
}
