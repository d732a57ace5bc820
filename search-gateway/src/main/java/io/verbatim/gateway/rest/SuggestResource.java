package io.verbatim.gateway.rest;

import io.smallrye.common.annotation.Blocking;
import io.verbatim.gateway.service.QueryParameters;
import io.verbatim.gateway.service.SuggestService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;

@Path("/api/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SuggestResource {

    private final SuggestService suggestions;

    public SuggestResource(SuggestService suggestions) {
        this.suggestions = suggestions;
    }

    public record Suggestions(String field, String prefix, List<SuggestService.Suggestion> suggestions) {
    }

    @GET
    public Suggestions suggest(@QueryParam("field") String field, @QueryParam("prefix") String prefix,
                               @QueryParam("size") String size) throws IOException {
        return new Suggestions(field, prefix, suggestions.suggest(field, prefix, QueryParameters.wholeNumber("size", size)));
    }
}
