package io.verbatim.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BlobLayoutTests {

    @Test
    void aBlobLivesUnderTwoLevelsNamedByItsFirstFourHexDigits() {
        String sha = RecordIds.sha256Hex("abc".getBytes());

        assertThat(BlobLayout.pathOf(BlobLayout.blobsFolder(Path.of("data")), sha))
                .isEqualTo(Path.of("data", "blobs", "ba", "78", sha));
    }

    @Test
    void anythingButASha256IsRefusedSoNoPathEscapesTheStore() {
        assertThatThrownBy(() -> BlobLayout.pathOf(Path.of("blobs"), "../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a SHA-256");
        assertThatThrownBy(() -> BlobLayout.pathOf(Path.of("blobs"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
