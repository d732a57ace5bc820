package io.verbatim.parser.extract;

import java.util.List;

/**
 * Text as an extractor found it, before any layout work.
 *
 * @param pages        the text of each page; a single element when the source has no page boundaries
 * @param pagesKnown   whether {@code pages} follow real page boundaries (PDF pages, form feeds)
 * @param hasTextLayer false for a PDF made of images only
 * @param warnings     what the extractor noticed, in plain words
 */
public record RawDocument(List<String> pages, boolean pagesKnown, boolean hasTextLayer, List<String> warnings) {

    public RawDocument {
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }
}
