package io.verbatim.gateway.rest;

import io.smallrye.common.annotation.Blocking;
import io.verbatim.gateway.service.SearchRequest;
import io.verbatim.gateway.service.SearchResult;
import io.verbatim.gateway.service.SearchService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Map;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Search speech turns and records",
            description = "Hits with highlighted snippets, facets with counts, and a next cursor while more hits exist."
                    + " A wrong parameter is a 400 that names it.")
    public SearchResult search(@BeanParam SearchParameters parameters,
                               @QueryParam("from") @Parameter(description = "offset of the first hit (from + size at most 10,000)") String from,
                               @QueryParam("after") @Parameter(description = "the next cursor of the page before; nothing else needed") String after)
            throws IOException {
        if (after != null && !after.isBlank()) {
            return search.nextPage(after, params -> SearchParameters.requestOf(params, null));
        }
        Map<String, String> params = parameters.asMap();
        SearchRequest request = SearchParameters.requestOf(params, from);
        return from == null || from.isBlank() ? search.firstPage(request, params) : search.search(request);
    }
}
