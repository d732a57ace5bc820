package io.verbatim.index.rest;

import io.verbatim.contracts.AdminKey;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reindexing is an operator's: when {@code verbatim.api-key} is set (the launcher always sets one), every
 * call under {@code /api/reindex} must carry it in {@code X-Api-Key}, else it is a 401 that says so. Health
 * and metrics stay open.
 */
public class AdminApiKeyFilter {

    public static final String HEADER = AdminKey.HEADER;
    private static final String ADMIN_PATH = "/api/reindex";

    private final AdminKey apiKey;

    public AdminApiKeyFilter(@ConfigProperty(name = "verbatim.api-key") Optional<String> apiKey) {
        this.apiKey = new AdminKey(apiKey);
    }

    @ServerRequestFilter
    public Optional<Response> requireKey(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/+", "");
        if (!path.startsWith(ADMIN_PATH) || apiKey.admits(request.getHeaderString(HEADER))) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.UNAUTHORIZED)
                .entity(Map.of("error", "the Reindex API needs the admin key in the " + HEADER + " header"))
                .type("application/json").build());
    }
}
