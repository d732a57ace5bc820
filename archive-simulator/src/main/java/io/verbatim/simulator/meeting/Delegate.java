package io.verbatim.simulator.meeting;

import java.util.Map;

/**
 * A synthetic representative: the State they speak for, their surname in each edition's script, the
 * State's name in each edition, and the language they speak in the room.
 */
public record Delegate(String country, boolean female, Language spoken, Map<Language, String> surnames,
        Map<Language, String> countryNames) {

    public Delegate {
        surnames = Map.copyOf(surnames);
        countryNames = Map.copyOf(countryNames);
    }

    public String surname(Language edition) {
        return surnames.get(edition);
    }

    public String countryName(Language edition) {
        return countryNames.get(edition);
    }
}
