package io.verbatim.bench;

import java.util.regex.Pattern;

/**
 * Compares the President's name without titles: the truth files disagree on whether the name keeps them
 * ({@code 杨志勇} without 先生 for CD/PV.1511, {@code Mr. Landau/Mr. Waltz} for S/PV.10124), and the parser
 * gives the name without its title.
 */
final class PersonNames {

    private static final Pattern LEADING_TITLE = Pattern.compile(
            "^(?:Mr|Mrs|Ms|Miss|M|Mme|Mlle|Sr|Sra|Srta|Dr|Г-н|Г-жа|السيد|السيدة)\\.?\\s+");
    private static final Pattern TRAILING_TITLE = Pattern.compile("(?:先生|女士|夫人|小姐)$");

    private PersonNames() {
    }

    static String withoutTitles(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.split("/")) {
            String p = TRAILING_TITLE.matcher(LEADING_TITLE.matcher(part.strip()).replaceFirst("")).replaceFirst("").strip();
            out.append(out.isEmpty() ? "" : "/").append(p);
        }
        return out.toString();
    }
}
