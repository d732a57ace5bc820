package io.verbatim.ingest.store;

import io.verbatim.contracts.BlobLayout;
import io.verbatim.contracts.RecordIds;
import io.verbatim.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Blobs on local disk at {@code blobs/ab/cd/abcd...}. Content is written to a temporary file while it is
 * hashed, then moved into place atomically, so a reader never sees half a blob.
 */
@ApplicationScoped
public class FileSystemBlobStore implements BlobStore {

    private final Path root;

    public FileSystemBlobStore(IngestConfig config) {
        this.root = BlobLayout.blobsFolder(config.dataDir());
    }

    @Override
    public StoredBlob store(InputStream content, long maxBytes) throws IOException {
        Path incoming = root.resolve("incoming");
        Files.createDirectories(incoming);
        Path temporary = Files.createTempFile(incoming, "blob", ".part");
        try {
            MessageDigest digest = RecordIds.sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                size = copyAtMost(content, out, maxBytes);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredBlob(sha256, size);
        } catch (FileTooLargeException e) {
            throw e;
        } catch (IOException e) {
            throw isOutOfSpace(e) ? new BlobStoreFullException("the blob store is full (" + usableMegabytes() + " MB free at "
                    + root + "): " + e.getMessage(), e) : e;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public long usableBytes() {
        try {
            Files.createDirectories(root);
            return Files.getFileStore(root).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    private long usableMegabytes() {
        return usableBytes() >> 20;
    }

    /** ENOSPC (and EDQUOT, a quota) reach Java only as the message of an IOException. */
    private static boolean isOutOfSpace(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("No space left on device") || message.contains("Disk quota exceeded");
    }

    @Override
    public long storedBytes() throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(FileSystemBlobStore::sizeOf).sum();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // moved or removed while the store was walked
        }
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    Path pathOf(String sha256) {
        return BlobLayout.pathOf(root, sha256);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
            if (total > maxBytes) {
                throw new FileTooLargeException(maxBytes);
            }
            out.write(buffer, 0, read);
        }
        return total;
    }
}
