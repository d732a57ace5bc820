package io.verbatim.parser.country;

/** A State, by its ISO 3166-1 alpha-3 code, and the name under which it was found. */
public record Country(String iso3, String printedName) {
}
