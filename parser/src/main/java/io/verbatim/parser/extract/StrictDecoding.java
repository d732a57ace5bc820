package io.verbatim.parser.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/** Decodes a sample of a file only if every byte in it is valid in the charset. */
final class StrictDecoding {

    private StrictDecoding() {
    }

    /**
     * @param complete whether the sample is the whole file; if not, a character cut off at its end is
     *                 the sample's edge, not an error
     */
    static Optional<String> decode(byte[] sample, Charset charset, boolean complete) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, complete);
        if (result.isError()) {
            return Optional.empty();
        }
        if (complete && decoder.flush(out).isError()) {
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }
}
