package io.verbatim.simulator.meeting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The delegates a meeting draws its speakers from, read from {@code delegations.tsv}. */
public final class Delegations {

    private static final String RESOURCE = "delegations.tsv";
    /** Columns of the surnames in the latin, cyrillic, arabic and chinese scripts. */
    private static final int LATIN = 3;
    private static final int CYRILLIC = 4;
    private static final int ARABIC = 5;
    private static final int CHINESE = 6;
    /** Columns of the State's name in the editions en, fr, es, ru, ar, zh. */
    private static final List<Language> COUNTRY_COLUMNS = List.of(Language.EN, Language.FR, Language.ES, Language.RU, Language.AR, Language.ZH);

    private Delegations() {
    }

    public static List<Delegate> load() {
        List<Delegate> delegates = new ArrayList<>();
        try (InputStream in = Delegations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the archive-simulator jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                if (!row.isBlank() && !row.startsWith("#")) {
                    delegates.add(delegate(row.split("\t")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(delegates);
    }

    private static Delegate delegate(String[] c) {
        Map<Language, String> surnames = new EnumMap<>(Language.class);
        for (Language edition : Language.values()) {
            surnames.put(edition, c[switch (edition) {
                case EN, FR, ES -> LATIN;
                case RU -> CYRILLIC;
                case AR -> ARABIC;
                case ZH -> CHINESE;
            }]);
        }
        Map<Language, String> countries = new EnumMap<>(Language.class);
        for (int i = 0; i < COUNTRY_COLUMNS.size(); i++) {
            countries.put(COUNTRY_COLUMNS.get(i), c[CHINESE + 1 + i]);
        }
        return new Delegate(c[0], c[1].equals("f"), Language.fromCode(c[2]), surnames, countries);
    }
}
