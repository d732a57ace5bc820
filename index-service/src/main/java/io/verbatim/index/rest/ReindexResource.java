package io.verbatim.index.rest;

import io.smallrye.common.annotation.Blocking;
import io.verbatim.index.service.ReindexStatus;
import io.verbatim.index.service.Reindexer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** {@code POST /api/reindex} starts a reindex (202), {@code GET /api/reindex} follows it. */
@Path("/api/reindex")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ReindexResource {

    private final Reindexer reindexer;

    public ReindexResource(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @POST
    public Response start() throws IOException {
        return Response.accepted(reindexer.start()).build();
    }

    @GET
    public ReindexStatus status() {
        return reindexer.status();
    }

    @ServerExceptionMapper
    public Response running(Reindexer.ReindexRunningException e) {
        return Response.status(Response.Status.CONFLICT).entity(Map.of("error", e.getMessage())).build();
    }
}
