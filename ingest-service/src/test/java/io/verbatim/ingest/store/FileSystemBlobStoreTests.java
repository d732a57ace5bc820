package io.verbatim.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.contracts.RecordIds;
import io.verbatim.ingest.config.IngestConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTests {

    @TempDir
    Path dataDir;

    @Test
    void storesContentUnderItsSha256InTwoLevelsOfFolders() throws IOException {
        byte[] content = "CD/PV.1511".getBytes(StandardCharsets.UTF_8);
        String sha = RecordIds.sha256Hex(content);

        StoredBlob blob = store().store(new ByteArrayInputStream(content), 1_000);

        assertThat(blob).isEqualTo(new StoredBlob(sha, content.length));
        assertThat(dataDir.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha))
                .hasBinaryContent(content);
    }

    @Test
    void theSameContentTwiceIsKeptOnce() throws IOException {
        FileSystemBlobStore store = store();
        byte[] content = "same bytes".getBytes(StandardCharsets.UTF_8);

        store.store(new ByteArrayInputStream(content), 1_000);
        store.store(new ByteArrayInputStream(content), 1_000);

        assertThat(blobFiles()).hasSize(1);
        assertThat(store.contains(RecordIds.sha256Hex(content))).isTrue();
    }

    @Test
    void contentOverTheLimitIsRefusedAndLeavesNothingBehind() throws IOException {
        FileSystemBlobStore store = store();

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[2_000]), 1_000))
                .isInstanceOf(FileTooLargeException.class)
                .hasMessageContaining("1000 bytes");
        assertThat(blobFiles()).isEmpty();
    }

    @Test
    void theStoredBytesAreTheBlobsKeptOnceEachAndTheFreeBytesThoseOfItsDisk() throws IOException {
        FileSystemBlobStore store = store();
        store.store(new ByteArrayInputStream(new byte[300]), 1_000);
        store.store(new ByteArrayInputStream(new byte[300]), 1_000);
        store.store(new ByteArrayInputStream("other".getBytes(StandardCharsets.UTF_8)), 1_000);

        assertThat(store.storedBytes()).isEqualTo(305);
        assertThat(store.usableBytes()).isCloseTo(Files.getFileStore(dataDir).getUsableSpace(), org.assertj.core.data.Offset.offset(64L << 20));
    }

    private FileSystemBlobStore store() {
        return new FileSystemBlobStore(new TestConfig(dataDir));
    }

    private Path[] blobFiles() throws IOException {
        Path root = dataDir.resolve("blobs");
        if (!Files.exists(root)) {
            return new Path[0];
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toArray(Path[]::new);
        }
    }

    private record TestConfig(Path dataDir) implements IngestConfig {
        @Override
        public long maxFileBytes() {
            return 1_000;
        }

        @Override
        public Inbox inbox() {
            return new Inbox() {
                @Override
                public boolean enabled() {
                    return false;
                }

                @Override
                public Duration pollInterval() {
                    return Duration.ofSeconds(1);
                }

                @Override
                public Duration settleTime() {
                    return Duration.ZERO;
                }
            };
        }

        @Override
        public long blobStoreMinFreeBytes() {
            return 0;
        }

        @Override
        public java.util.Optional<String> apiKey() {
            return java.util.Optional.empty();
        }

        @Override
        public Harvest harvest() {
            throw new UnsupportedOperationException("the blob store does not harvest");
        }
    }
}
