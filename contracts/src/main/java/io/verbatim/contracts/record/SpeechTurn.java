package io.verbatim.contracts.record;

import java.util.List;

/**
 * One speech turn, in order.
 *
 * @param seq             1-based position in the record
 * @param speaker         as printed: {@code 比尔韦特先生}, {@code Mr. Biontino}, {@code The President}
 * @param role            {@link #PRESIDENT}, {@link #SPEAKER}, {@link #SECRETARY_GENERAL} or {@link #OTHER}
 * @param country         ISO 3166-1 alpha-3 of the State the speaker represents, or null
 * @param countryName     the country as printed
 * @param affiliation     a title or department instead of a country (rapporteurs, the Secretariat), or null
 * @param spokenLanguage  ISO 639-1: the interpretation note's language, else the record's
 * @param page            the page on which the turn starts
 * @param agendaItem      the agenda item under which it was given, or null
 * @param presidentName   for the chair's turns: who was in the chair
 * @param languageSwitches where the speaker changed language inside the turn
 */
public record SpeechTurn(
        int seq,
        String speaker,
        String role,
        String country,
        String countryName,
        String affiliation,
        String spokenLanguage,
        String text,
        int page,
        String agendaItem,
        String presidentName,
        List<LanguageSwitch> languageSwitches) {

    public static final String PRESIDENT = "president";
    public static final String SPEAKER = "speaker";
    public static final String SECRETARY_GENERAL = "secretary-general";
    public static final String OTHER = "other";
}
