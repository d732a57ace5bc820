package io.verbatim.parser.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words each language edition prints for what the readers look for, one resource file per language
 * ({@code vocabulary/en.txt}): a {@code [section]} line, then one phrase per line; {@code #} starts a
 * comment. A new form, or a new language, is a change of these files, not of the readers.
 */
public final class Vocabulary {

    /** The six official languages of the United Nations, in the UN's order. */
    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private static final Vocabulary BUNDLED = load(LANGUAGES);

    private final Map<String, Map<String, List<String>>> sectionsByLanguage;

    private Vocabulary(Map<String, Map<String, List<String>>> sectionsByLanguage) {
        this.sectionsByLanguage = sectionsByLanguage;
    }

    /** The vocabulary of the six languages shipped with the parser; read once. */
    public static Vocabulary bundled() {
        return BUNDLED;
    }

    static Vocabulary load(List<String> languages) {
        Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
        for (String language : languages) {
            sections.put(language, read(language));
        }
        return new Vocabulary(sections);
    }

    /** The phrases of a section in one language; empty when the language does not have it. */
    public List<String> phrases(String section, String language) {
        return sectionsByLanguage.getOrDefault(language, Map.of()).getOrDefault(section, List.of());
    }

    /** The phrases of a section in every language, the languages in the UN's order. */
    public List<String> phrases(String section) {
        List<String> all = new ArrayList<>();
        for (Map<String, List<String>> sections : sectionsByLanguage.values()) {
            all.addAll(sections.getOrDefault(section, List.of()));
        }
        return all;
    }

    /** Phrases as the alternatives of a pattern, quoted, longest first so that none is read as a shorter one. */
    public static String alternatives(List<String> phrases) {
        return phrases.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private static Map<String, List<String>> read(String language) {
        String resource = language + ".txt";
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary resource missing: " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + resource, e);
        }
    }

    static Map<String, List<String>> parse(BufferedReader reader, String resource) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                current = sections.computeIfAbsent(text.substring(1, text.length() - 1).strip(), s -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(resource + ":" + number + ": a phrase before any [section]");
            } else {
                current.add(text);
            }
        }
        sections.replaceAll((name, phrases) -> List.copyOf(phrases));
        return sections;
    }
}
