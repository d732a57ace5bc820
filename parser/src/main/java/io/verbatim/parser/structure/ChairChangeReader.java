package io.verbatim.parser.structure;

import io.verbatim.contracts.record.Person;
import io.verbatim.parser.country.Country;
import io.verbatim.parser.country.CountryTable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who took the chair: {@code Mr. X (Country), Vice-President, took the Chair.},
 * {@code 副主席X先生(国家)主持会议。}. The name comes without its title, as the President's does.
 */
final class ChairChangeReader {

    private static final Pattern NAME_AND_NOTE = Pattern.compile(
            "^(?:副主席|Vice-President|Vice-Président|Vicepresidente|Vicepresidenta|Заместитель Председателя|نائب الرئيس)?\\s*"
                    + "([^(（,，]+?)\\s*(?:[(（]([^)）]+)[)）])?\\s*[,，(（]");
    private static final Pattern CHINESE = Pattern.compile("^(?:副主席)?(.+?(?:先生|女士))(?:[(（]([^)）]+)[)）])?.*主持会议");

    private final CountryTable countries;

    ChairChangeReader(CountryTable countries) {
        this.countries = countries;
    }

    Optional<Person> read(String sentence) {
        String text = sentence.strip();
        Matcher m = CHINESE.matcher(text);
        if (!m.find()) {
            m = NAME_AND_NOTE.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        String name = PresidentLineReader.withoutTitle(m.group(1).strip());
        String countryName = m.group(2);
        Optional<Country> country = Optional.ofNullable(countryName).flatMap(countries::find);
        return Optional.of(new Person(name, country.map(Country::iso3).orElse(null), countryName));
    }
}
