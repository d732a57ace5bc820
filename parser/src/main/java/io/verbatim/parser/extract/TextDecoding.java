package io.verbatim.parser.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a text file whole in the encoding that a sample of its head shows. The file is read once: the
 * sample is kept and the rest streamed after it, so a large file is never held as bytes and text at once.
 * Malformed bytes become U+FFFD rather than failing the whole record, and are counted in a warning.
 */
final class TextDecoding {

    /** Enough for the detector to see several paragraphs past the cover page. */
    static final int SAMPLE_BYTES = 64 * 1024;
    private static final int BUFFER = 64 * 1024;

    private TextDecoding() {
    }

    static DecodedText read(Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SAMPLE_BYTES);
            DetectedEncoding encoding = EncodingDetector.detect(head, head.length >= size);
            List<String> warnings = new ArrayList<>();
            encoding.warning().ifPresent(warnings::add);
            InputStream rest = new SequenceInputStream(
                    new ByteArrayInputStream(head, encoding.skip(), head.length - encoding.skip()), in);
            CharsetDecoder decoder = encoding.charset().newDecoder();
            StringBuilder text = new StringBuilder((int) Math.min(size * decoder.averageCharsPerByte(), Integer.MAX_VALUE - 8));
            int replaced = decode(rest, decoder, text);
            if (replaced > 0) {
                warnings.add(replaced + (replaced == 1 ? " byte sequence is" : " byte sequences are") + " not valid "
                        + encoding.charset().name() + " and became U+FFFD");
            }
            return new DecodedText(text.toString(), warnings);
        }
    }

    /** Decodes the stream into {@code text}; returns how many malformed sequences it replaced. */
    private static int decode(InputStream in, CharsetDecoder decoder, StringBuilder text) throws IOException {
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        int replaced = 0;
        boolean end = false;
        while (!end) {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = read < 0;
            bytes.position(bytes.position() + Math.max(read, 0)).flip();
            replaced += decodeBuffered(bytes, chars, decoder, end, text);
        }
        while (decoder.flush(chars).isOverflow()) {
            drain(chars, text);
        }
        drain(chars, text);
        return replaced;
    }

    private static int decodeBuffered(ByteBuffer bytes, CharBuffer chars, CharsetDecoder decoder, boolean end, StringBuilder text) {
        int replaced = 0;
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isOverflow()) {
                drain(chars, text);
            } else if (result.isError()) {
                drain(chars, text);
                text.append('\uFFFD');
                bytes.position(bytes.position() + result.length());
                replaced++;
            } else {
                drain(chars, text);
                return replaced;
            }
        }
    }

    private static void drain(CharBuffer chars, StringBuilder text) {
        text.append(chars.array(), 0, chars.position());
        chars.clear();
    }
}
