package io.verbatim.parser.align;

import io.verbatim.parser.language.MatchKey;
import io.verbatim.parser.structure.PersonalTitles;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The name of a titled speaker ({@code Mr. Sun Lei}, {@code Mme Pavļuta-Deslandes}, {@code Sr. Alfaro de
 * Alba}) as folded words without the title, for comparing two versions that both print it in Latin script.
 * Chinese, Arabic and Russian versions transcribe names into their own script; transliterating between
 * scripts is not attempted, so such names are not comparable and count neither for nor against a pair.
 * A label without a personal title ({@code The President}, {@code La Vice-Secrétaire générale}) is a
 * function, translated rather than transcribed, and is not a name either.
 */
final class SpeakerName {

    private final Set<String> titles;
    private final Set<String> articles;

    private SpeakerName(Set<String> titles, Set<String> articles) {
        this.titles = titles;
        this.articles = articles;
    }

    /** The personal titles and their articles of the parser's vocabulary. */
    static SpeakerName load() {
        return new SpeakerName(PersonalTitles.foldedTitles(), PersonalTitles.foldedArticles());
    }

    /** The folded words of the name after its title; empty when the label is no titled Latin-script name. */
    Optional<List<String>> wordsOf(String speaker) {
        if (speaker == null || !isLatinScript(speaker)) {
            return Optional.empty();
        }
        List<String> words = Arrays.stream(MatchKey.of(speaker).split(" ")).map(SpeakerName::withoutFullStop)
                .filter(w -> !w.isEmpty()).toList();
        int titleStart = !words.isEmpty() && articles.contains(words.get(0)) ? 1 : 0;
        int nameStart = titleStart;
        while (nameStart < words.size() && titles.contains(words.get(nameStart))) {
            nameStart++;
        }
        boolean titledName = nameStart > titleStart && nameStart < words.size();
        return titledName ? Optional.of(words.subList(nameStart, words.size())) : Optional.empty();
    }

    private static boolean isLatinScript(String text) {
        return text.codePoints().filter(Character::isLetter).allMatch(c -> UnicodeScript.of(c) == UnicodeScript.LATIN);
    }

    private static String withoutFullStop(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }
}
