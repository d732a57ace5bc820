package io.verbatim.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InfraModeTests {

    private final String before = System.getProperty(InfraMode.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(InfraMode.PROPERTY);
        } else {
            System.setProperty(InfraMode.PROPERTY, before);
        }
    }

    @Test
    void readsTheModeInAnyCase() {
        System.setProperty(InfraMode.PROPERTY, " Native ");
        assertThat(InfraMode.fromSystemProperty()).isEqualTo(InfraMode.NATIVE);
        System.clearProperty(InfraMode.PROPERTY);
        assertThat(InfraMode.fromSystemProperty()).isEqualTo(InfraMode.AUTO);
    }

    @Test
    void rejectsAnUnknownModeNamingTheChoices() {
        System.setProperty(InfraMode.PROPERTY, "docker");
        assertThatThrownBy(InfraMode::fromSystemProperty).hasMessageContaining("auto, native or containers");
    }
}
