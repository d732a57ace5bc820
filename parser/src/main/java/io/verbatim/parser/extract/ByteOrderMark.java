package io.verbatim.parser.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A byte-order mark at the start of a text file: it names the encoding outright, so it wins over any guess. */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    private final Charset charset;
    private final int[] bytes;

    ByteOrderMark(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    static Optional<ByteOrderMark> at(byte[] head) {
        for (ByteOrderMark mark : values()) {
            if (mark.starts(head)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    Charset charset() {
        return charset;
    }

    int length() {
        return bytes.length;
    }

    private boolean starts(byte[] head) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
