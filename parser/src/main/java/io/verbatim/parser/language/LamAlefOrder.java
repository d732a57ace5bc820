package io.verbatim.parser.language;

import java.util.regex.Pattern;

/**
 * Repairs the lam-alef ligature as some PDF extractors give it: the ligature's two letters in visual order, alef
 * before lam ({@code األمم} for {@code الأمم}, {@code باإلنكليزية} for {@code بالإنكليزية}, {@code االتحاد} for
 * {@code الاتحاد}). Only an alef followed by another alef form and a lam is changed: no Arabic word is spelt so, so
 * correctly extracted text is never touched.
 */
public final class LamAlefOrder {

    private static final Pattern SWAPPED = Pattern.compile("ا([اأإآ])ل");

    private LamAlefOrder() {
    }

    public static String repair(String text) {
        return SWAPPED.matcher(text).replaceAll("ال$1");
    }
}
