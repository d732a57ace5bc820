package io.verbatim.parser.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.parser.corpus.RepositoryFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchKeyTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mr.  Nebenzia|mr. nebenzia",
            "M. Fernández-Taranco|m. fernandez taranco",
            "Ms. O’Brien – Smith|ms. o'brien smith",
            "  Г-н Небензя\u00A0 |г н небензя",
            "Ёлкин|елкин",
            "ＡＢＣ（中国）|abc(中国)",
            "باإلنكليزية|بلنكليزيه",
            "بالإنكليزية|بلنكليزيه",
            "الرئيسـة|لرييس ه",
            "ﻻ|ل",
    })
    void foldsCaseAccentsScriptsAndSpaces(String text, String key) {
        assertEquals(key, MatchKey.of(text));
    }

    @Test
    void twoSpellingsOfOneArabicWordShareTheirKey() {
        assertEquals(MatchKey.of("الأمم المتحدة"), MatchKey.of("األمم المتحدة"));
    }

    /** The table-driven key equals the chain of normalisers it replaced, on every line of six languages. */
    @Test
    void equalsTheNormaliserChainOnTheSampleRecords() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(RepositoryFolders.samples())) {
            samples = files.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertEquals(6, samples.size(), "the six sample records");
        int lines = 0;
        for (Path sample : samples) {
            for (String line : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
                assertEquals(reference(line), MatchKey.of(line), line);
                lines++;
            }
        }
        String mixed = "Ａ\u0301ﬁ\u0623\u0654 x\u200B\u200Fy ‐‑‒–—−z ʼq\u00A0\u2003w ｶ İ";
        assertEquals(reference(mixed), MatchKey.of(mixed));
        assertEquals(true, lines > 300, "lines compared: " + lines);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ARABIC_ALEFS = Pattern.compile("[\u0627\u0623\u0625\u0622\u0671]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u200B-\u200F]+");

    private static String reference(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replace('\u0640', ' ').replace('\u0649', '\u064A').replace('\u0629', '\u0647');
        s = ARABIC_ALEFS.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'')
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-")
                .replace(" - ", " ").replace("-", " ");
        s = SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return s.replace('ё', 'е');
    }
}
