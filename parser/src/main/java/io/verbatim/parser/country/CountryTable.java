package io.verbatim.parser.country;

import io.verbatim.parser.language.MatchKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UN Member States and observer States under every name the six language editions print: short and
 * formal forms, {@code Iran (Islamic Republic of)} and its inversions. Immutable once loaded.
 */
public final class CountryTable {

    private static final String RESOURCE = "un-member-states.tsv";
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|la|le|les|l'|el|los|las) ");
    private static final Pattern QUALIFIER = Pattern.compile("\\s*[,，،].*$|\\s+(on behalf of|au nom d|en nombre d|от имени|باسم|代表).*$");

    private final Map<String, String> isoByKey;

    private CountryTable(Map<String, String> isoByKey) {
        this.isoByKey = Map.copyOf(isoByKey);
    }

    public static CountryTable load() {
        Map<String, String> keys = new HashMap<>();
        try (InputStream in = CountryTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the parser jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] columns = row.split("\t");
                for (int c = 1; c < columns.length; c++) {
                    for (String name : columns[c].split("\\|")) {
                        keys.putIfAbsent(key(name), columns[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CountryTable(keys);
    }

    /** The State a printed name stands for, tolerating articles, case, accents and a trailing qualifier. */
    public Optional<Country> find(String printed) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        String name = printed.strip();
        String iso = isoByKey.get(key(name));
        if (iso == null) {
            String unqualified = QUALIFIER.matcher(name).replaceFirst("");
            if (!unqualified.isBlank() && !unqualified.equals(name)) {
                iso = isoByKey.get(key(unqualified));
            }
        }
        return Optional.ofNullable(iso).map(code -> new Country(code, printed.strip()));
    }

    public int size() {
        return isoByKey.size();
    }

    private static String key(String name) {
        String key = MatchKey.of(name);
        return LEADING_ARTICLE.matcher(key).replaceFirst("");
    }
}
