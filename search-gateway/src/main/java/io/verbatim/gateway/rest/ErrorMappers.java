package io.verbatim.gateway.rest;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.verbatim.gateway.service.InvalidSearchException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors become JSON that says what happened: {@code {"error": "..."}}. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response invalidSearch(InvalidSearchException e) {
        return error(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return error(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public Response searchFailed(ElasticsearchException e) {
        LOG.errorf("Elasticsearch refused a request: %s", e.getMessage());
        return error(Response.Status.BAD_GATEWAY, "search failed: " + e.error().reason());
    }

    @ServerExceptionMapper
    public Response unavailable(IOException e) {
        LOG.errorf("cannot reach Elasticsearch: %s", e.getMessage());
        return error(Response.Status.SERVICE_UNAVAILABLE, "search is unavailable: " + e.getMessage());
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }
}
