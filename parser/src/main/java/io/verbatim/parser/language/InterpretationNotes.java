package io.verbatim.parser.language;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the interpretation note printed after a speaker's name, e.g. {@code (spoke in French)},
 * {@code (以英语发言)}, {@code (تكلم بالإنكليزية)}: the language the speaker actually used.
 */
public final class InterpretationNotes {

    private static final Pattern ENGLISH = Pattern.compile("^(?:spoke|speaks|speaking) in (\\p{L}+)$");
    private static final Pattern FRENCH = Pattern.compile("^(?:parle|a parle|parlait|s'exprime) en (\\p{L}+)$");
    private static final Pattern SPANISH = Pattern.compile("^(?:habla|hablo|hablaba) en (\\p{L}+)$");
    private static final Pattern RUSSIAN = Pattern.compile("^(?:говорит|говорила|говорил|выступает) по (\\p{L}+)$");
    private static final Pattern CHINESE = Pattern.compile("^以(\\p{IsHan}+?)(?:语|文)(?:发言|讲话)$");
    private static final Pattern ARABIC = Pattern.compile("^تكلم(?:ت)?\\s*(?:ب|ب )(\\p{IsArabic}+)$");

    private static final Map<String, String> LANGUAGE_NAMES = new LinkedHashMap<>();

    static {
        names("en", "english", "anglais", "ingles", "английски", "英", "نكليزيه", "نجليزيه");
        names("fr", "french", "francais", "frances", "французски", "法", "لفرنسيه", "فرنسيه");
        names("es", "spanish", "espagnol", "espanol", "испански", "西班牙", "سبنيه", "لسبنيه");
        names("ru", "russian", "russe", "ruso", "русски", "俄", "لروسيه", "روسيه");
        names("ar", "arabic", "arabe", "арабски", "阿拉伯", "لعربيه", "عربيه");
        names("zh", "chinese", "chinois", "chino", "китайски", "中", "汉", "لصينيه", "صينيه");
    }

    private InterpretationNotes() {
    }

    private static void names(String code, String... names) {
        for (String name : names) {
            LANGUAGE_NAMES.put(MatchKey.of(name), code);
        }
    }

    /** The ISO 639-1 language of a note's text (without its brackets), if it is an interpretation note. */
    public static Optional<String> language(String note) {
        String key = MatchKey.of(note).replace("(", "").replace(")", "").strip();
        for (Pattern pattern : new Pattern[] {ENGLISH, FRENCH, SPANISH, RUSSIAN, CHINESE, ARABIC}) {
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
