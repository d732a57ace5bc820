package io.verbatim.systemtests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file that takes every free byte of its file system, and gives them back. */
final class Ballast implements AutoCloseable {

    private final Path file;

    private Ballast(Path file) {
        this.file = file;
    }

    /** Writes {@code file} until its file system has no room left. */
    static Ballast fill(Path file) throws IOException {
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left on device")) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
        return new Ballast(file);
    }

    /** Frees the space. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
