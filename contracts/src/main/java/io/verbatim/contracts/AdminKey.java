package io.verbatim.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The operator's key that every admin API (sources, reindex, dead letters, everyone's alerts) asks for in
 * {@value #HEADER} when {@code verbatim.api-key} is set; the launcher always sets one. Compared in constant time.
 */
public final class AdminKey {

    public static final String HEADER = "X-Api-Key";

    private final Optional<byte[]> key;

    /** @param configured the configured key; absent or blank leaves the admin APIs open */
    public AdminKey(Optional<String> configured) {
        this.key = configured.filter(value -> !value.isBlank()).map(value -> value.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a request carrying this header value (null when none) may call an admin API. */
    public boolean admits(String given) {
        return key.isEmpty() || given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key.get());
    }
}
