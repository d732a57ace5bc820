package io.verbatim.parser.structure;

import io.verbatim.parser.language.MatchKey;
import io.verbatim.parser.vocabulary.Vocabulary;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The personal titles of the vocabulary ({@code Mr}, {@code Sra.}, {@code Г-н}, {@code السيد}, {@code 先生}),
 * each language's {@code personal-titles} and {@code title-articles} sections, grouped by the script they are
 * written in: a title written in Latin script may stand in a label of any Latin-script edition. Chinese
 * prints the title after the name.
 */
public final class PersonalTitles {

    private static final Vocabulary VOCABULARY = Vocabulary.bundled();
    private static final List<String> TITLES = VOCABULARY.phrases("personal-titles").stream().distinct().toList();
    private static final List<String> ARTICLES = VOCABULARY.phrases("title-articles").stream().distinct().toList();

    private static final Pattern LEADING = Pattern.compile("^(?:(?:" + Vocabulary.alternatives(ARTICLES) + ")\\s+)?(?:"
            + Vocabulary.alternatives(TITLES.stream().filter(t -> !isWrittenIn(t, UnicodeScript.HAN)).toList()) + ")\\.?\\s+");
    private static final Pattern TRAILING = Pattern.compile("(?:" + Vocabulary.alternatives(written(UnicodeScript.HAN)) + ")$");

    private PersonalTitles() {
    }

    /** The titles written in one script, as alternatives of a pattern, longest first. */
    static String alternativesIn(UnicodeScript script) {
        return Vocabulary.alternatives(written(script));
    }

    /** The articles that may stand before a title ({@code El Sr.}), as alternatives of a pattern. */
    static String articleAlternatives() {
        return Vocabulary.alternatives(ARTICLES);
    }

    static List<String> written(UnicodeScript script) {
        return TITLES.stream().filter(title -> isWrittenIn(title, script)).toList();
    }

    /** The titles, folded by {@link MatchKey} and without their full stop: for comparing the words of names. */
    public static Set<String> foldedTitles() {
        return TITLES.stream().map(title -> withoutFullStop(MatchKey.of(title))).collect(Collectors.toUnmodifiableSet());
    }

    public static Set<String> foldedArticles() {
        return ARTICLES.stream().map(MatchKey::of).collect(Collectors.toUnmodifiableSet());
    }

    /** The name without its title; each of several names ({@code Mr. Landau/Mr. Waltz}) loses its own. */
    public static String withoutTitles(String name) {
        if (name.indexOf('/') > 0) {
            return Arrays.stream(name.split("/")).map(PersonalTitles::withoutTitle).collect(Collectors.joining("/"));
        }
        return withoutTitle(name);
    }

    private static String withoutTitle(String name) {
        String n = LEADING.matcher(name.strip()).replaceFirst("");
        return TRAILING.matcher(n).replaceFirst("").strip();
    }

    private static boolean isWrittenIn(String phrase, UnicodeScript script) {
        return UnicodeScript.of(phrase.codePointAt(0)) == script;
    }

    private static String withoutFullStop(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }
}
