package io.verbatim.ingest.rest;

import io.verbatim.ingest.source.InvalidSourceException;
import io.verbatim.ingest.service.RecordTooLargeException;
import io.verbatim.ingest.service.SourceAdministration;
import io.verbatim.ingest.service.RejectedRecordException;
import io.verbatim.ingest.store.BlobStoreFullException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors become JSON that says what happened: {@code {"error": "..."}}. */
public class ErrorMappers {

    private static final int INSUFFICIENT_STORAGE = 507;

    @ServerExceptionMapper
    public Response rejected(RejectedRecordException e) {
        Response.Status status = e instanceof RecordTooLargeException
                ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.BAD_REQUEST;
        return error(status, e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidSource(InvalidSourceException e) {
        return error(statusOf(e), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unavailable(IOException e) {
        return error(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /** 507 Insufficient Storage: nothing was kept, and the same upload succeeds once space is freed. */
    @ServerExceptionMapper
    public Response full(BlobStoreFullException e) {
        return Response.status(INSUFFICIENT_STORAGE).entity(Map.of("error", e.getMessage())).build();
    }

    private static Response.Status statusOf(InvalidSourceException e) {
        if (e instanceof SourceAdministration.UnknownSourceException) {
            return Response.Status.NOT_FOUND;
        }
        return e instanceof SourceAdministration.SourceConflictException ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).entity(Map.of("error", message)).build();
    }
}
