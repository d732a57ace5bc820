package io.verbatim.ingest.rest;

import io.verbatim.ingest.config.IngestConfig;
import io.verbatim.contracts.AdminKey;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The Sources API is an operator's: when {@code verbatim.api-key} is set (the launcher always sets one), every
 * call under {@code /api/sources} must carry it in {@code X-Api-Key}, else it is a 401 that says so. Uploads
 * and health stay open.
 */
public class AdminApiKeyFilter {

    public static final String HEADER = AdminKey.HEADER;
    private static final String ADMIN_PATH = "/api/sources";

    private final AdminKey apiKey;

    public AdminApiKeyFilter(IngestConfig config) {
        this.apiKey = new AdminKey(config.apiKey());
    }

    @ServerRequestFilter
    public Optional<Response> requireKey(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/+", "");
        if (!path.startsWith(ADMIN_PATH) || apiKey.admits(request.getHeaderString(HEADER))) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.UNAUTHORIZED)
                .entity(Map.of("error", "the Sources API needs the admin key in the " + HEADER + " header"))
                .type("application/json").build());
    }
}
