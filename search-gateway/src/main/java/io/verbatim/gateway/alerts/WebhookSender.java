package io.verbatim.gateway.alerts;

import io.verbatim.contracts.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs a match to an alert's webhook, signed: {@code X-Verbatim-Signature: sha256=<hex HMAC-SHA256 of the
 * body with the alert's secret>}, so the receiver can check that the call is ours and unaltered. A call that
 * fails (no answer, or not 2xx) is tried again after 1 s and 2 s; then its failure is reported.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String SIGNATURE_HEADER = "X-Verbatim-Signature";
    static final int ATTEMPTS = 3;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @return null when delivered, else why not */
    String deliver(Alert alert, AlertMatch match) throws InterruptedException {
        byte[] body = EventJson.toBytes(match);
        String signature = "sha256=" + hmac(alert.secret(), body);
        String failure = null;
        Duration wait = FIRST_RETRY;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            failure = attempt(alert, body, signature);
            if (failure == null) {
                return null;
            }
            if (attempt < ATTEMPTS) {
                Thread.sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
        return failure + " (after " + ATTEMPTS + " attempts)";
    }

    private String attempt(Alert alert, byte[] body, String signature) throws InterruptedException {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(alert.webhook())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header(SIGNATURE_HEADER, signature).header("X-Verbatim-Alert", alert.id())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : alert.webhook() + " answered " + response.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            return alert.webhook() + ": " + e.getMessage();
        }
    }

    public static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
