package io.verbatim.contracts.record;

/** From character {@code offset} of the turn's text on, the speaker spoke {@code language} (ISO 639-1). */
public record LanguageSwitch(int offset, String language) {
}
