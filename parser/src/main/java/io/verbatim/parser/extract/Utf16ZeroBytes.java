package io.verbatim.parser.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-16 without a byte-order mark by where its zero bytes fall. Text in UTF-8 or a code page
 * has no zero bytes at all; UTF-16 has one in every ASCII character (newlines, spaces, digits, Latin
 * letters), on the high side of the code unit: first in big-endian, second in little-endian. Chinese
 * puts some on the low side too (U+4E00, "one", is common), but far fewer; random binary data has them
 * evenly on both sides, and its NUL characters and stray surrogates show when the sample is decoded.
 */
final class Utf16ZeroBytes {

    /** Even a Chinese record has a line break or a digit every few dozen characters. */
    private static final double MIN_ZERO_SHARE = 0.02;
    private static final int MIN_ZEROS_PER_LOW_ZERO = 2;
    private static final double MAX_CONTROL_SHARE = 0.01;

    private Utf16ZeroBytes() {
    }

    static Optional<Charset> charsetOf(byte[] head) {
        int units = head.length / 2;
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            zeroFirst += head[i] == 0 ? 1 : 0;
            zeroSecond += head[i + 1] == 0 ? 1 : 0;
        }
        Charset charset = onHighSide(zeroFirst, zeroSecond, units) ? StandardCharsets.UTF_16BE
                : onHighSide(zeroSecond, zeroFirst, units) ? StandardCharsets.UTF_16LE : null;
        return Optional.ofNullable(charset).filter(utf16 -> readsAsText(head, utf16));
    }

    private static boolean onHighSide(int zeros, int otherSide, int units) {
        return zeros > 0 && zeros >= MIN_ZERO_SHARE * units && zeros >= MIN_ZEROS_PER_LOW_ZERO * otherSide;
    }

    private static boolean readsAsText(byte[] head, Charset utf16) {
        return StrictDecoding.decode(head, utf16, false).filter(text -> controls(text) <= MAX_CONTROL_SHARE * text.length()).isPresent();
    }

    private static long controls(String text) {
        return text.chars().filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
    }
}
