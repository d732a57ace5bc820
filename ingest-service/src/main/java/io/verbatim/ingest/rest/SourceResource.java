package io.verbatim.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import io.verbatim.contracts.EventJson;
import io.verbatim.ingest.service.SourceAdministration;
import io.verbatim.ingest.source.InvalidSourceException;
import io.verbatim.ingest.source.SourceDefinition;
import io.verbatim.ingest.source.SourceStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/**
 * Harvest sources: {@code GET/POST /api/sources}, {@code GET/DELETE /api/sources/{id}}, and
 * {@code POST /api/sources/{id}/pause|resume|harvest}.
 */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SourceResource {

    private static final String EXPECTED = "give the source as JSON: {\"id\": ..., \"type\": \"oai-pmh|feed|symbols|folder\", "
            + "\"every\": \"PT5M\", \"settings\": {...}}";

    private final SourceAdministration sources;

    public SourceResource(SourceAdministration sources) {
        this.sources = sources;
    }

    @GET
    public List<SourceStatus> list() throws IOException {
        return sources.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String body) throws IOException {
        return Response.status(Response.Status.CREATED).entity(sources.add(definitionOf(body))).build();
    }

    /** Bound by hand, so that what is wrong with the JSON (an unknown type, a missing setting) is the answer. */
    private static SourceDefinition definitionOf(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidSourceException(EXPECTED);
        }
        try {
            return EventJson.mapper().readValue(body, SourceDefinition.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            throw cause instanceof InvalidSourceException invalid ? invalid
                    : new InvalidSourceException(e.getOriginalMessage() + "; " + EXPECTED);
        }
    }

    @GET
    @Path("{id}")
    public SourceStatus show(@PathParam("id") String id) throws IOException {
        return sources.show(id).orElseThrow(() -> new SourceAdministration.UnknownSourceException("no source " + id));
    }

    @POST
    @Path("{id}/pause")
    public SourceStatus pause(@PathParam("id") String id) throws IOException {
        return sources.pause(id, true);
    }

    @POST
    @Path("{id}/resume")
    public SourceStatus resume(@PathParam("id") String id) throws IOException {
        return sources.pause(id, false);
    }

    @POST
    @Path("{id}/harvest")
    public SourceStatus harvest(@PathParam("id") String id) throws IOException {
        return sources.harvestNow(id);
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) throws IOException {
        sources.remove(id);
        return Response.noContent().build();
    }
}
