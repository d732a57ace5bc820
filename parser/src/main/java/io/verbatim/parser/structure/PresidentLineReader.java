package io.verbatim.parser.structure;

import io.verbatim.contracts.record.Person;
import io.verbatim.parser.country.Country;
import io.verbatim.parser.country.CountryTable;
import io.verbatim.parser.vocabulary.Vocabulary;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cover line naming who presided: {@code 主席：杨志勇先生 ........ 越南},
 * {@code President: Mr. Yang Zhiyong .......... (Viet Nam)}. The name comes without its title. The heads
 * each edition prints are the vocabulary's {@code president-line}.
 */
public final class PresidentLineReader {

    private final Pattern line;
    private static final Pattern LATIN_TITLE = Pattern.compile(
            "^(?:(?:El|La)\\s+)?(?:Mr|Mrs|Ms|Miss|M|Mme|Mlle|Sr|Sra|Srta|Dr|Dame|Sir|Г-н|Г-жа|г-н|г-жа)\\.?\\s+");
    private static final Pattern ARABIC_TITLE = Pattern.compile("^(?:السيد|السيدة|الآنسة)\\s+");
    private static final Pattern CHINESE_TITLE = Pattern.compile("(?:先生|女士|夫人|小姐)$");

    private final CountryTable countries;

    public PresidentLineReader(CountryTable countries, Vocabulary vocabulary) {
        this.countries = countries;
        String heads = vocabulary.phrases("president-line").stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"));
        this.line = Pattern.compile("^\\s*(?:" + heads + ")\\s*[:：]\\s*(.+?)\\s*(?:[.…·_]\\s?){3,}\\s*(.+?)\\s*$");
    }

    public Optional<Person> read(String line) {
        Matcher m = this.line.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = withoutTitle(m.group(1).strip());
        String countryName = m.group(2).replaceAll("^[(（)）]+|[(（)）]+$", "").strip();
        Optional<Country> country = countries.find(countryName);
        return Optional.of(new Person(name, country.map(Country::iso3).orElse(null), countryName));
    }

    /** The name without its title; each of several names ({@code Mr. Landau/Mr. Waltz}) loses its own. */
    static String withoutTitle(String name) {
        if (name.indexOf('/') > 0) {
            return Arrays.stream(name.split("/")).map(PresidentLineReader::withoutTitleOfOne).collect(Collectors.joining("/"));
        }
        return withoutTitleOfOne(name);
    }

    private static String withoutTitleOfOne(String name) {
        String n = LATIN_TITLE.matcher(name.strip()).replaceFirst("");
        n = ARABIC_TITLE.matcher(n).replaceFirst("");
        return CHINESE_TITLE.matcher(n).replaceFirst("").strip();
    }
}
