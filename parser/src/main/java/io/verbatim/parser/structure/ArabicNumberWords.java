package io.verbatim.parser.structure;

import io.verbatim.parser.language.MatchKey;
import io.verbatim.parser.vocabulary.Vocabulary;
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
        for (String row : Vocabulary.bundled().phrases("number-words")) {
            String[] valueAndWords = row.split("\\s+");
            if (Character.UnicodeScript.of(valueAndWords[1].codePointAt(0)) != Character.UnicodeScript.ARABIC) {
                continue;
            }
            for (int i = 1; i < valueAndWords.length; i++) {
                WORDS.putIfAbsent(MatchKey.of(valueAndWords[i]), Integer.parseInt(valueAndWords[0]));
            }
        }
    }

    private ArabicNumberWords() {
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
