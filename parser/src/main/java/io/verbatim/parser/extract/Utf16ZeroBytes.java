package io.verbatim.parser.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-16 without a byte-order mark by where its zero bytes fall. Text in UTF-8 or a code page
 * has no zero bytes at all; UTF-16 has one in every ASCII character (newlines, spaces, digits, Latin
 * letters), always on the same side of the code unit: the high byte, first in big-endian, second in
 * little-endian. Random binary data has them on both sides.
 */
final class Utf16ZeroBytes {

    /** Even a Chinese record has a line break or a digit every few dozen characters. */
    private static final double MIN_ZERO_SHARE = 0.02;
    /**
     * Zero low bytes come from the odd character whose code ends in 00 (U+4E00, "one", is a common
     * one in Chinese), so a few are allowed, relative to the zero high bytes.
     */
    private static final int MIN_ZEROS_PER_STRAY = 8;

    private Utf16ZeroBytes() {
    }

    static Optional<Charset> charsetOf(byte[] head) {
        int units = head.length / 2;
        if (units == 0) {
            return Optional.empty();
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            zeroFirst += head[i] == 0 ? 1 : 0;
            zeroSecond += head[i + 1] == 0 ? 1 : 0;
        }
        if (onOneSide(zeroFirst, zeroSecond, units)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (onOneSide(zeroSecond, zeroFirst, units)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static boolean onOneSide(int zeros, int stray, int units) {
        return zeros >= Math.max(1, MIN_ZERO_SHARE * units) && stray * MIN_ZEROS_PER_STRAY <= zeros;
    }
}
