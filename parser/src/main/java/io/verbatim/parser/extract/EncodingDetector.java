package io.verbatim.parser.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Chooses the encoding of a text file from a sample of its head. A byte-order mark wins; then UTF-16 by
 * its zero bytes; then UTF-8 if the sample is valid UTF-8, which text in a legacy code page almost never
 * is; then the first of the detector's guesses whose decoded text is written in the script the code page
 * is for. When none is, the detector's best guess is kept and the doubt travels with it.
 */
final class EncodingDetector {

    private static final Charset LAST_RESORT = Charset.forName("windows-1252");
    /** ICU gives 10 to any reading that is merely valid, such as random pairs of bytes read as Big5. */
    private static final int MIN_CONFIDENCE = 15;

    private EncodingDetector() {
    }

    /** @param complete whether the sample is the whole file */
    static DetectedEncoding detect(byte[] sample, boolean complete) {
        Optional<ByteOrderMark> mark = ByteOrderMark.at(sample);
        if (mark.isPresent()) {
            return DetectedEncoding.certain(mark.get().charset(), mark.get().length());
        }
        Optional<Charset> utf16 = Utf16ZeroBytes.charsetOf(sample);
        if (utf16.isPresent()) {
            return DetectedEncoding.certain(utf16.get(), 0);
        }
        if (StrictDecoding.decode(sample, StandardCharsets.UTF_8, complete).isPresent()) {
            return DetectedEncoding.certain(StandardCharsets.UTF_8, 0);
        }
        return bestGuess(sample, complete);
    }

    private static DetectedEncoding bestGuess(byte[] sample, boolean complete) {
        DetectedEncoding validButDoubtful = null;
        DetectedEncoding invalid = null;
        for (CharsetGuess guess : CharsetGuesses.of(sample)) {
            Optional<String> decoded = StrictDecoding.decode(sample, guess.charset(), complete);
            if (decoded.isEmpty()) {
                invalid = invalid != null ? invalid : reading(guess, "the sample has bytes that are not valid in it");
                continue;
            }
            Optional<String> doubt = guess.confidence() < MIN_CONFIDENCE
                    ? Optional.of("the detector finds nothing typical of it")
                    : ScriptEvidence.of(decoded.get()).doubtFor(guess.script());
            if (doubt.isEmpty()) {
                return new DetectedEncoding(guess.charset(), 0, guess.confidence(), doubt);
            }
            validButDoubtful = validButDoubtful != null ? validButDoubtful : reading(guess, doubt.get());
        }
        if (validButDoubtful != null) {
            return validButDoubtful;
        }
        return invalid != null ? invalid
                : new DetectedEncoding(LAST_RESORT, 0, 0, Optional.of("the detector recognised none of the supported encodings"));
    }

    private static DetectedEncoding reading(CharsetGuess guess, String doubt) {
        return new DetectedEncoding(guess.charset(), 0, guess.confidence(), Optional.of(doubt));
    }
}
