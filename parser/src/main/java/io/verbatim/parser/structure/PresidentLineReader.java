package io.verbatim.parser.structure;

import io.verbatim.contracts.record.Person;
import io.verbatim.parser.country.Country;
import io.verbatim.parser.country.CountryTable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cover line naming who presided: {@code 主席：杨志勇先生 ........ 越南},
 * {@code President: Mr. Yang Zhiyong .......... (Viet Nam)}. The name comes without its title.
 */
public final class PresidentLineReader {

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:President|Acting President|Chair|Président|Présidente|Presidente|Presidenta|Председатель|主席|الرئيس|الرئيسة)"
                    + "\\s*[:：]\\s*(.+?)\\s*(?:[.…·_]\\s?){3,}\\s*(.+?)\\s*$");
    private static final Pattern LATIN_TITLE = Pattern.compile(
            "^(?:(?:El|La)\\s+)?(?:Mr|Mrs|Ms|Miss|M|Mme|Mlle|Sr|Sra|Srta|Dr|Dame|Sir|Г-н|Г-жа|г-н|г-жа)\\.?\\s+");
    private static final Pattern ARABIC_TITLE = Pattern.compile("^(?:السيد|السيدة|الآنسة)\\s+");
    private static final Pattern CHINESE_TITLE = Pattern.compile("(?:先生|女士|夫人|小姐)$");

    private final CountryTable countries;

    public PresidentLineReader(CountryTable countries) {
        this.countries = countries;
    }

    public Optional<Person> read(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = withoutTitle(m.group(1).strip());
        String countryName = m.group(2).replaceAll("^[(（)）]+|[(（)）]+$", "").strip();
        Optional<Country> country = countries.find(countryName);
        return Optional.of(new Person(name, country.map(Country::iso3).orElse(null), countryName));
    }

    static String withoutTitle(String name) {
        String n = LATIN_TITLE.matcher(name).replaceFirst("");
        n = ARABIC_TITLE.matcher(n).replaceFirst("");
        return CHINESE_TITLE.matcher(n).replaceFirst("").strip();
    }
}
