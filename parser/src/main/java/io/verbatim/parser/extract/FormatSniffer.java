package io.verbatim.parser.extract;

import io.verbatim.parser.UnparseableDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what a file is. Magic bytes win, because archives mislabel files; the file name and the media
 * type hint only break ties for formats without a signature (plain text) or explain a damaged one.
 */
public final class FormatSniffer {

    private static final int PROBE_BYTES = 8192;

    public DocumentFormat sniff(Path file, String fileName, String mediaTypeHint)
            throws UnparseableDocumentException, IOException {
        byte[] head = readHead(file);
        if (head.length == 0) {
            throw new UnparseableDocumentException("empty file");
        }
        String declared = declaredFormat(fileName, mediaTypeHint);
        if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return DocumentFormat.PDF;
        }
        if ("pdf".equals(declared)) {
            throw new UnparseableDocumentException("not a PDF: damaged header");
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            throw new UnparseableDocumentException("unsupported format: ZIP or Office document");
        }
        if (startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            throw new UnparseableDocumentException("unsupported format: legacy Office document");
        }
        Optional<Charset> utf16 = utf16Of(head);
        if (utf16.isPresent()) {
            return markupOrText(new String(head, utf16.get()), declared);
        }
        if (looksBinary(head)) {
            throw new UnparseableDocumentException("unsupported format: binary data");
        }
        return markupOrText(new String(head, StandardCharsets.UTF_8), declared);
    }

    private static DocumentFormat markupOrText(String start, String declared) {
        String probe = start.stripLeading().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        if (probe.startsWith("<!doctype html") || probe.startsWith("<html") || probe.contains("<html")
                && probe.indexOf("<html") < 512) {
            return DocumentFormat.HTML;
        }
        if (probe.startsWith("<?xml")) {
            return probe.contains("<html") ? DocumentFormat.HTML : DocumentFormat.XML;
        }
        if ("html".equals(declared) && probe.startsWith("<")) {
            return DocumentFormat.HTML;
        }
        if ("xml".equals(declared) && probe.startsWith("<")) {
            return DocumentFormat.XML;
        }
        return DocumentFormat.TEXT;
    }

    private static String declaredFormat(String fileName, String mediaTypeHint) {
        String hint = mediaTypeHint == null ? "" : mediaTypeHint.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (hint.contains("pdf") || name.endsWith(".pdf")) {
            return "pdf";
        }
        if (hint.contains("html") || name.endsWith(".html") || name.endsWith(".htm")) {
            return "html";
        }
        if (hint.contains("xml") || name.endsWith(".xml")) {
            return "xml";
        }
        return "text";
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PROBE_BYTES);
        }
    }

    /** Markup is ASCII in every other encoding read here, so only UTF-16 needs decoding to be probed. */
    private static Optional<Charset> utf16Of(byte[] head) {
        Optional<Charset> marked = ByteOrderMark.at(head).map(ByteOrderMark::charset)
                .filter(charset -> !charset.equals(StandardCharsets.UTF_8));
        return marked.isPresent() ? marked : Utf16ZeroBytes.charsetOf(head);
    }

    /** Text in UTF-8 or a code page has no NUL bytes; UTF-16, which has them, is recognised before this. */
    private static boolean looksBinary(byte[] head) {
        int nul = 0;
        for (byte b : head) {
            if (b == 0) {
                nul++;
            }
        }
        return nul > 0;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return indexOf(data, prefix, 1) == 0;
    }

    private static int indexOf(byte[] data, byte[] needle, int within) {
        int last = Math.min(data.length - needle.length, within - 1);
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
