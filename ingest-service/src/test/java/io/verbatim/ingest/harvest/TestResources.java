package io.verbatim.ingest.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fixtures under {@code src/test/resources/harvest}: invented records written in the real formats. */
final class TestResources {

    private TestResources() {
    }

    static byte[] fixture(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream("/harvest/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test fixture harvest/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
