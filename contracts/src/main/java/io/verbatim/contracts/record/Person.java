package io.verbatim.contracts.record;

/**
 * @param name        as printed, e.g. {@code 杨志勇先生} or {@code Mr. Yang Zhiyong}
 * @param country     ISO 3166-1 alpha-3, or null
 * @param countryName the country as printed
 */
public record Person(String name, String country, String countryName) {
}
