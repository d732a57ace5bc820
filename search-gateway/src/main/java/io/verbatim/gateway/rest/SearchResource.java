package io.verbatim.gateway.rest;

import io.smallrye.common.annotation.Blocking;
import io.verbatim.gateway.service.SearchRequest;
import io.verbatim.gateway.service.SearchResult;
import io.verbatim.gateway.service.SearchService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.HashMap;
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
    public SearchResult search(@QueryParam("q") String q, @QueryParam("type") String type,
                               @QueryParam("language") String language, @QueryParam("country") String country,
                               @QueryParam("spokenLanguage") String spokenLanguage, @QueryParam("body") String body,
                               @QueryParam("symbol") String symbol, @QueryParam("role") String role,
                               @QueryParam("dateFrom") String dateFrom, @QueryParam("dateTo") String dateTo,
                               @QueryParam("from") String from, @QueryParam("size") String size,
                               @QueryParam("sort") String sort) throws IOException {
        Map<String, String> filters = new HashMap<>();
        filters.put("language", language);
        filters.put("country", country);
        filters.put("spokenLanguage", spokenLanguage);
        filters.put("body", body);
        filters.put("symbol", symbol);
        filters.put("role", role);
        return search.search(SearchRequest.of(q, type, filters, dateFrom, dateTo, from, size, sort));
    }
}
