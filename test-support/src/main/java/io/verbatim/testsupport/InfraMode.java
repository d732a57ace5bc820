package io.verbatim.testsupport;

import java.util.Locale;

/** How tests get their Kafka and Elasticsearch: the {@code infra.mode} system property, set by the build. */
public enum InfraMode {
    /** Testcontainers when a Docker engine answers, native processes otherwise. */
    AUTO,
    /** Processes started from the distributions the runtime module unpacks. */
    NATIVE,
    /** Testcontainers; fails when no Docker engine answers. */
    CONTAINERS;

    public static final String PROPERTY = "infra.mode";

    static InfraMode fromSystemProperty() {
        String value = System.getProperty(PROPERTY, "auto").trim();
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + value
                    + " is not a mode; use auto, native or containers", e);
        }
    }
}
