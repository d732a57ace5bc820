package io.verbatim.ingest.harvest;

/** One language version of a record: its ISO 639-1 code and the URL of its PDF. */
public record LanguageFile(String language, String url) {
}
