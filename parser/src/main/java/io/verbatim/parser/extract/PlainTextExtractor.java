package io.verbatim.parser.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Plain text in Unicode or a legacy code page (see {@link EncodingDetector}). Form feeds are page boundaries. */
public final class PlainTextExtractor implements TextExtractor {

    @Override
    public RawDocument extract(Path file) throws IOException {
        // Text records are a few hundred kilobytes; the size cap in MeetingRecordParser bounds the rest.
        DecodedText decoded = TextDecoding.read(file);
        return fromText(decoded.text(), decoded.warnings());
    }

    static RawDocument fromText(String text, List<String> warnings) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.indexOf('\f') >= 0) {
            List<String> pages = Arrays.asList(normalised.split("\f", -1));
            return new RawDocument(pages, true, true, warnings);
        }
        return new RawDocument(List.of(normalised), false, true, warnings);
    }
}
