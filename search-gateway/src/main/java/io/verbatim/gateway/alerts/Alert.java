package io.verbatim.gateway.alerts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;

/**
 * A saved search that is told about every new matching speech turn.
 *
 * @param id      chosen by the gateway (a random UUID: two people may save the same search)
 * @param webhook where matches are POSTed, or null for the event stream only
 * @param secret  the key of the HMAC that signs each webhook call; never shown again after creation
 */
public record Alert(String id, String query, Map<String, String> filters, String webhook, String secret, Instant createdAt,
                    Delivery delivery) {

    public Alert {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        delivery = delivery == null ? Delivery.none() : delivery;
    }

    /** Whether this is the alert's secret; compared in constant time. */
    public boolean hasSecret(String given) {
        return secret != null && given != null
                && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** The alert as shown back: without its secret. */
    @JsonIgnore
    public Alert withoutSecret() {
        return new Alert(id, query, filters, webhook, null, createdAt, delivery);
    }

    Alert withDelivery(Delivery next) {
        return new Alert(id, query, filters, webhook, secret, createdAt, next);
    }

    /**
     * How its webhook calls went.
     *
     * @param delivered calls answered 2xx
     * @param failed    calls that failed after every retry
     */
    public record Delivery(long matches, long delivered, long failed, Instant lastMatchAt, Instant lastDeliveredAt, String lastError,
                           Instant lastErrorAt) {

        static Delivery none() {
            return new Delivery(0, 0, 0, null, null, null, null);
        }
    }
}
