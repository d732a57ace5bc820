package io.verbatim.ingest.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the bytes are, whatever the server said: archives serve PDFs as {@code application/octet-stream}
 * and error pages as {@code application/pdf}. Only the first bytes are looked at.
 */
final class ContentSniffer {

    static final String PDF = "application/pdf";
    static final String XML = "application/xml";
    static final String HTML = "text/html";
    static final String TEXT = "text/plain";
    static final String OCTETS = "application/octet-stream";

    private ContentSniffer() {
    }

    static String sniff(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        String head = new String(body, start, Math.min(body.length - start, 512), StandardCharsets.ISO_8859_1);
        String trimmed = head.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("%PDF-")) {
            return PDF;
        }
        if (trimmed.startsWith("<!doctype html") || trimmed.startsWith("<html")) {
            return HTML;
        }
        if (trimmed.startsWith("<?xml") || trimmed.startsWith("<")) {
            return XML;
        }
        return looksLikeText(body, start) ? TEXT : OCTETS;
    }

    private static boolean looksLikeText(byte[] body, int start) {
        int end = Math.min(body.length, start + 512);
        for (int i = start; i < end; i++) {
            int b = body[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                return false;
            }
        }
        return true;
    }
}
