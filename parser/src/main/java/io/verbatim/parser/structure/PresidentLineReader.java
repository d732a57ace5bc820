package io.verbatim.parser.structure;

import io.verbatim.contracts.record.Person;
import io.verbatim.parser.country.Country;
import io.verbatim.parser.country.CountryTable;
import io.verbatim.parser.vocabulary.Vocabulary;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cover line naming who presided: {@code 主席：杨志勇先生 ........ 越南},
 * {@code President: Mr. Yang Zhiyong .......... (Viet Nam)}. The name comes without its title. The heads
 * each edition prints are the vocabulary's {@code president-line}.
 */
public final class PresidentLineReader {

    private final Pattern line;
    private final CountryTable countries;

    public PresidentLineReader(CountryTable countries, Vocabulary vocabulary) {
        this.countries = countries;
        String heads = Vocabulary.alternatives(vocabulary.phrases("president-line"));
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
        return PersonalTitles.withoutTitles(name);
    }
}
