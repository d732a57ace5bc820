package io.verbatim.parser.corpus;

import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Records of the sample archive (UTF-8) saved again in another encoding, the way archives hold them. */
public final class EncodedRecords {

    private EncodedRecords() {
    }

    public static String sample(String name) throws IOException {
        return Files.readString(RepositoryFolders.samples().resolve(name), StandardCharsets.UTF_8);
    }

    /**
     * The Chinese sample in traditional characters, for Big5, which has no simplified ones. The one character
     * Big5 lacks, the zero 〇 of "一六〇六", is written 零 as Taiwan does.
     */
    public static String traditionalChineseSample() throws IOException {
        return Transliterator.getInstance("Hans-Hant").transliterate(sample("zh_CD_PV.1606.txt")).replace('〇', '零');
    }

    /** The text in {@code charset}, with its byte-order mark first if {@code withBom}; fails on a character the charset lacks. */
    public static byte[] encode(String text, Charset charset, boolean withBom) throws IOException {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (withBom) {
            out.write(bom(charset));
        }
        var bytes = encoder.encode(java.nio.CharBuffer.wrap(text));
        out.write(bytes.array(), bytes.arrayOffset(), bytes.limit());
        return out.toByteArray();
    }

    private static byte[] bom(Charset charset) {
        return switch (charset.name()) {
            case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            default -> throw new IllegalArgumentException("no byte-order mark in " + charset);
        };
    }

    public static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }
}
