package io.verbatim.simulator.meeting;

/**
 * A turn as the parser should read it: the speaker as printed before the brackets, their role, their
 * State (ISO 3166-1 alpha-3, null for the chair) and the language they spoke (ISO 639-1).
 */
public record ExpectedTurn(String speaker, String role, String country, String spokenLanguage) {

    public static final String PRESIDENT = "president";
    public static final String SPEAKER = "speaker";
}
