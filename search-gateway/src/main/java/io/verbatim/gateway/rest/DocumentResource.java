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

    @GET
    @Path("/{id}/speeches/{seq}")
    public ObjectNode speech(@PathParam("id") String id, @PathParam("seq") int seq) throws IOException {
        return documents.speech(id, seq)
                .orElseThrow(() -> new NotFoundException("no speech turn " + seq + " in document " + id));
    }
}
