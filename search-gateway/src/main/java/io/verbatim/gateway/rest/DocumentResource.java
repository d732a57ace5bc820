package io.verbatim.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import io.verbatim.gateway.service.DocumentService;
import io.verbatim.gateway.service.DocumentService.DocumentView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class DocumentResource {

    private final DocumentService documents;

    public DocumentResource(DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Path("/{id}")
    public DocumentView document(@PathParam("id") String id) throws IOException {
        return documents.document(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
    }

    /** The original bytes, inline, with their media type; a PDF opens at a turn's page with {@code #page=N}. */
    @GET
    @Path("/{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") String id) throws IOException {
        DocumentService.OriginalFile file = documents.file(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
        if (!file.isStored()) {
            throw new NotFoundException("the file of document " + id + " (" + file.fileName() + ") is not in the blob store of this gateway");
        }
        String encoded = java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.path().toFile(), file.mediaType())
                .header("Content-Disposition", "inline; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** The same turn in the other language versions of the meeting (the parallel view). */
    @GET
    @Path("/{id}/speeches/{seq}/versions")
    public java.util.List<DocumentService.ParallelTurn> parallel(@PathParam("id") String id, @PathParam("seq") int seq) throws IOException {
        return documents.parallelTurns(id, seq)
                .orElseThrow(() -> new NotFoundException("no speech turn " + seq + " in document " + id));
    }

    @GET
    @Path("/{id}/speeches/{seq}")
    public ObjectNode speech(@PathParam("id") String id, @PathParam("seq") int seq) throws IOException {
        return documents.speech(id, seq)
                .orElseThrow(() -> new NotFoundException("no speech turn " + seq + " in document " + id));
    }
}
