package io.verbatim.parser.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Plain text, UTF-8 or UTF-16 with a byte-order mark. Form feeds are page boundaries. */
public final class PlainTextExtractor implements TextExtractor {

    @Override
    public RawDocument extract(Path file) throws IOException {
        // Text records are a few hundred kilobytes; the size cap in MeetingRecordParser bounds the rest.
        // Malformed bytes become U+FFFD rather than failing the whole record.
        return fromText(TextDecoding.decode(Files.readAllBytes(file)));
    }

    static RawDocument fromText(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.indexOf('\f') >= 0) {
            List<String> pages = Arrays.asList(normalised.split("\f", -1));
            return new RawDocument(pages, true, true, List.of());
        }
        return new RawDocument(List.of(normalised), false, true, List.of());
    }
}
