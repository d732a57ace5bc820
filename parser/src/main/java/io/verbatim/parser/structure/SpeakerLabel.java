package io.verbatim.parser.structure;

/**
 * What a speaker's label says: {@code 比尔韦特先生(德国)(以英语发言)：}, {@code Mr. Biontino (Germany):}.
 *
 * @param speaker        as printed, title and name, or the chair's title
 * @param role           a {@link io.verbatim.contracts.record.SpeechTurn} role
 * @param country        ISO alpha-3, or null
 * @param countryName    the country as printed, or null
 * @param affiliation    a title or body printed instead of a country, or null
 * @param spokenLanguage from the interpretation note, or null
 * @param length         characters of the paragraph the label takes, colon included
 */
public record SpeakerLabel(
        String speaker,
        String role,
        String country,
        String countryName,
        String affiliation,
        String spokenLanguage,
        int length) {
}
