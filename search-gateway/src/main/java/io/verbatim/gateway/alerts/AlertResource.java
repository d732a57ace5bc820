package io.verbatim.gateway.alerts;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.verbatim.contracts.AdminKey;
import io.verbatim.gateway.service.InvalidSearchException;
import io.verbatim.gateway.service.SearchRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Saved searches with alerts: {@code POST /api/alerts} ({@code {"query", "filters", "webhook", "secret"}}) answers
 * 201 with the alert and, once, its secret; {@code GET /api/alerts/{id}/events} is a server-sent-event stream of
 * its matches; {@code GET}/{@code DELETE /api/alerts/{id}}. The id is not a credential (it travels in stream URLs,
 * browser history and the admin list): deleting an alert needs its secret in {@value #SECRET_HEADER}, which only its
 * creator was shown, or the admin key.
 */
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    public static final String SECRET_HEADER = "X-Alert-Secret";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final AlertStore store;
    private final AlertStreams streams;
    private final AdminKey adminKey;

    public AlertResource(AlertStore store, AlertStreams streams, @ConfigProperty(name = "verbatim.api-key") Optional<String> adminKey) {
        this.store = store;
        this.streams = streams;
        this.adminKey = new AdminKey(adminKey);
    }

    /** What a client sends; a missing secret is made here and returned once. */
    public record NewAlert(String query, Map<String, String> filters, String webhook, String secret) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    public Response create(NewAlert request) throws IOException {
        if (request == null || request.query() == null || request.query().isBlank()) {
            throw new InvalidSearchException("an alert needs a query: {\"query\": \"...\", \"filters\": {...}, \"webhook\": \"https://...\"}");
        }
        Map<String, String> filters = request.filters() == null ? Map.of() : request.filters();
        filters.keySet().stream().filter(field -> !SearchRequest.FILTER_FIELDS.contains(field)).findFirst().ifPresent(field -> {
            throw new InvalidSearchException("filters may hold " + SearchRequest.FILTER_FIELDS + ", not '" + field + "'");
        });
        SearchRequest.of(request.query(), "speeches", filters, null, null, 0, 1);
        if (request.webhook() != null && !isHttpUrl(request.webhook())) {
            throw new InvalidSearchException("webhook must be an http or https URL, not '" + request.webhook() + "'");
        }
        String secret = request.secret() != null && !request.secret().isBlank() ? request.secret() : newSecret();
        Alert alert = new Alert(UUID.randomUUID().toString(), request.query().strip(), filters, request.webhook(), secret, Instant.now(), null);
        store.save(alert);
        return Response.created(URI.create("/api/alerts/" + alert.id())).entity(Map.of("id", alert.id(), "alert", alert.withoutSecret(),
                "secret", secret)).build();
    }

    @GET
    @Path("{id}")
    @Blocking
    public Alert show(@PathParam("id") String id) throws IOException {
        return store.find(id).map(Alert::withoutSecret).orElseThrow(() -> new NotFoundException("no alert " + id));
    }

    @DELETE
    @Path("{id}")
    @Blocking
    public Response delete(@PathParam("id") String id, @HeaderParam(SECRET_HEADER) String secret,
                           @HeaderParam(AdminKey.HEADER) String apiKey) throws IOException {
        Alert alert = store.find(id).orElseThrow(() -> new NotFoundException("no alert " + id));
        if (!alert.hasSecret(secret) && !adminKey.admits(apiKey)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON).entity(Map.of("error",
                    "deleting an alert needs the secret it was created with in the " + SECRET_HEADER + " header, or the admin key in "
                            + AdminKey.HEADER)).build();
        }
        if (!store.delete(id)) {
            throw new NotFoundException("no alert " + id);
        }
        streams.close(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    public Multi<AlertMatch> events(@PathParam("id") String id) throws IOException {
        if (store.find(id).isEmpty()) {
            throw new NotFoundException("no alert " + id);
        }
        return streams.subscribe(id);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
