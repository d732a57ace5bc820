package io.verbatim.gateway.rest;

import io.smallrye.common.annotation.Blocking;
import io.verbatim.gateway.ops.PipelineStatus;
import io.verbatim.gateway.ops.PipelineStatusService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/ops/pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class OpsResource {

    private final PipelineStatusService status;

    public OpsResource(PipelineStatusService status) {
        this.status = status;
    }

    @GET
    public PipelineStatus pipeline() {
        return status.status();
    }
}
