package io.verbatim.bench;

import io.verbatim.parser.structure.PersonalTitles;

/**
 * Compares the President's name without titles: the truth files disagree on whether the name keeps them
 * ({@code 杨志勇} without 先生 for CD/PV.1511, {@code Mr. Landau/Mr. Waltz} for S/PV.10124), and the parser
 * gives the name without its title. The titles are the parser's vocabulary.
 */
final class PersonNames {

    private PersonNames() {
    }

    static String withoutTitles(String name) {
        return name == null ? null : PersonalTitles.withoutTitles(name);
    }
}
