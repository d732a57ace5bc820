package io.verbatim.contracts.record;

/** A paragraph of clean text and the page (1-based) on which it starts. */
public record Paragraph(int page, String text) {
}
