package io.verbatim.parser.language;

import io.verbatim.parser.vocabulary.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the interpretation note printed after a speaker's name, e.g. {@code (spoke in French)},
 * {@code (以英语发言)}, {@code (تكلم بالإنكليزية)}: the language the speaker actually used.
 */
public final class InterpretationNotes {

    private static final Vocabulary VOCABULARY = Vocabulary.bundled();
    private static final List<Pattern> NOTES = VOCABULARY.phrases("interpretation-note").stream()
            .map(note -> Pattern.compile("^" + note + "$")).toList();
    private static final Map<String, String> LANGUAGE_NAMES = new LinkedHashMap<>();

    static {
        for (String row : VOCABULARY.phrases("language-names")) {
            String[] codeAndName = row.split("\\s+", 2);
            LANGUAGE_NAMES.put(MatchKey.of(codeAndName[1]), codeAndName[0]);
        }
    }

    private InterpretationNotes() {
    }

    /** The ISO 639-1 language of a note's text (without its brackets), if it is an interpretation note. */
    public static Optional<String> language(String note) {
        String key = MatchKey.of(note).replace("(", "").replace(")", "").strip();
        for (Pattern pattern : NOTES) {
            Matcher m = pattern.matcher(key);
            if (m.matches()) {
                return languageName(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> languageName(String word) {
        String code = LANGUAGE_NAMES.get(word);
        if (code != null) {
            return Optional.of(code);
        }
        for (Map.Entry<String, String> name : LANGUAGE_NAMES.entrySet()) {
            if (name.getKey().length() >= 3 && word.endsWith(name.getKey())) {
                return Optional.of(name.getValue());
            }
        }
        return Optional.empty();
    }
}
