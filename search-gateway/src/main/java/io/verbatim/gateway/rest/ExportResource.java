package io.verbatim.gateway.rest;

import io.smallrye.common.annotation.Blocking;
import io.verbatim.gateway.service.ExportFormat;
import io.verbatim.gateway.service.ExportService;
import io.verbatim.gateway.service.SearchRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Map;

/**
 * {@code GET /api/export?<the search's parameters>&format=csv|jsonl&limit=N}: every hit, streamed, with its
 * citation. The parameters are checked before the first byte, so a wrong one is a 400 like the search's.
 */
@Path("/api/export")
@Blocking
public class ExportResource {

    private final ExportService exports;

    public ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    public Response export(@BeanParam SearchParameters parameters, @QueryParam("format") String format,
                           @QueryParam("limit") String limit) {
        Map<String, String> params = parameters.asMap();
        params.remove("size");
        SearchRequest request = SearchParameters.requestOf(params, null);
        ExportFormat chosen = ExportFormat.of(format);
        int bound = ExportService.limitOf(limit);
        StreamingOutput stream = out -> exports.export(request, chosen, bound, out);
        return Response.ok(stream, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=verbatim-export." + chosen.extension())
                .build();
    }
}
