package io.verbatim.parser.extract;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The encoding a text file is read in.
 *
 * @param skip       bytes before the text: the length of the byte-order mark, if any
 * @param confidence 100 for a byte-order mark or valid Unicode, the detector's 0 to 100 otherwise
 * @param doubt      why the decoded text does not look right, if it does not: said on the record
 */
record DetectedEncoding(Charset charset, int skip, int confidence, Optional<String> doubt) {

    static DetectedEncoding certain(Charset charset, int skip) {
        return new DetectedEncoding(charset, skip, 100, Optional.empty());
    }

    Optional<String> warning() {
        return doubt.map(reason -> "text encoding uncertain: read as " + charset.name() + " (detector confidence "
                + confidence + "%), but " + reason + "; check the characters, or save the file as UTF-8 and send it again");
    }
}
