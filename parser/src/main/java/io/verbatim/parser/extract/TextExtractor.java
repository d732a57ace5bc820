package io.verbatim.parser.extract;

import io.verbatim.parser.UnparseableDocumentException;
import java.io.IOException;
import java.nio.file.Path;

/** Reads the text of one kind of file. Implementations are stateless and thread-safe. */
public interface TextExtractor {

    RawDocument extract(Path file) throws UnparseableDocumentException, IOException;
}
