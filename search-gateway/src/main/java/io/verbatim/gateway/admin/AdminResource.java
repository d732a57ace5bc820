package io.verbatim.gateway.admin;

import io.smallrye.common.annotation.Blocking;
import io.verbatim.admin.DeadLetters;
import io.verbatim.contracts.Topics;
import io.verbatim.gateway.alerts.Alert;
import io.verbatim.gateway.alerts.AlertStore;
import io.verbatim.gateway.service.InvalidSearchException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What an operator does from a browser or a script (the same as {@code ./verbatim dlq}): see what failed and why,
 * replay it (each letter once, however the calls are combined), and see every saved alert with how its webhook
 * calls went. Behind the admin key ({@link AdminApiKeyFilter}).
 */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    /** A dead-letter topic with its letters and how many no replay has sent back yet. */
    public record DeadLetterTopic(String topic, int letters, long waiting) {
    }

    private final DeadLetters deadLetters;
    private final AlertStore alerts;

    public AdminResource(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, AlertStore alerts) {
        this.deadLetters = new DeadLetters(bootstrapServers);
        this.alerts = alerts;
    }

    @GET
    @Path("dead-letters")
    @Blocking
    @Operation(summary = "Each dead-letter topic, its letters and how many wait for a replay")
    public List<DeadLetterTopic> topics() {
        return Topics.DEAD_LETTER_TOPICS.stream().map(topic -> {
            List<DeadLetters.Letter> letters = deadLetters.list(topic);
            return new DeadLetterTopic(topic, letters.size(), letters.stream().filter(letter -> !letter.replayed()).count());
        }).toList();
    }

    @GET
    @Path("dead-letters/{topic}")
    @Blocking
    @Operation(summary = "The records parked on a dead-letter topic, with the reason each failed")
    public List<DeadLetters.Letter> letters(@PathParam("topic") String topic) {
        return withKnownTopic(() -> deadLetters.list(topic));
    }

    @POST
    @Path("dead-letters/{topic}/replay")
    @Blocking
    @Operation(summary = "Send parked records back to the topic they failed on, each letter once")
    public Map<String, Integer> replay(@PathParam("topic") String topic,
                                       @QueryParam("record") @Parameter(description = "only this recordId") String recordId,
                                       @QueryParam("reason") @Parameter(description = "only letters whose reason or cause holds this text") String reason) {
        return Map.of("replayed", withKnownTopic(() -> deadLetters.replay(topic, blankToNull(recordId), blankToNull(reason))));
    }

    @GET
    @Path("alerts")
    @Blocking
    @Operation(summary = "Every saved alert (without its secret) with how its webhook calls went")
    public List<Alert> allAlerts() throws IOException {
        return alerts.all().stream().map(Alert::withoutSecret).toList();
    }

    private static <T> T withKnownTopic(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException(e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
