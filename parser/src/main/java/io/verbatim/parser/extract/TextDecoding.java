package io.verbatim.parser.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Chooses the character set of a text file from its byte-order mark; UTF-8 otherwise. */
final class TextDecoding {

    private TextDecoding() {
    }

    static Charset charsetOf(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    static String decode(byte[] bytes) {
        return stripBom(new String(bytes, charsetOf(bytes)));
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
