package io.verbatim.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminKeyTests {

    @Test
    void aConfiguredKeyAdmitsOnlyItself() {
        AdminKey key = new AdminKey(Optional.of("s3cret"));

        assertThat(key.admits("s3cret")).isTrue();
        assertThat(key.admits("s3cre")).isFalse();
        assertThat(key.admits("")).isFalse();
        assertThat(key.admits(null)).isFalse();
    }

    @Test
    void withoutAKeyTheAdminApisAreOpen() {
        assertThat(new AdminKey(Optional.empty()).admits(null)).isTrue();
        assertThat(new AdminKey(Optional.of("  ")).admits(null)).isTrue();
    }
}
