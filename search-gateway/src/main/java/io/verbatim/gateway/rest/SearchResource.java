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
                               @QueryParam("sort") String sort, @QueryParam("speaker") String speaker,
                               @QueryParam("agendaItem") String agendaItem, @QueryParam("after") String after) throws IOException {
        if (after != null && !after.isBlank()) {
            return search.nextPage(after, SearchResource::requestOf);
        }
        Map<String, String> params = new HashMap<>();
        params.put("q", q);
        params.put("type", type);
        params.put("language", language);
        params.put("country", country);
        params.put("spokenLanguage", spokenLanguage);
        params.put("body", body);
        params.put("symbol", symbol);
        params.put("role", role);
        params.put("speaker", speaker);
        params.put("agendaItem", agendaItem);
        params.put("dateFrom", dateFrom);
        params.put("dateTo", dateTo);
        params.put("size", size);
        params.put("sort", sort);
        params.values().removeIf(value -> value == null);
        SearchRequest request = requestOf(params);
        return from == null || from.isBlank() ? search.firstPage(request, params)
                : search.search(SearchRequest.of(params.get("q"), params.get("type"), filtersOf(params), params.get("dateFrom"),
                        params.get("dateTo"), from, params.get("size"), params.get("sort")));
    }

    /** The search the parameters describe; a cursor carries them to rebuild it for the next page. */
    private static SearchRequest requestOf(Map<String, String> params) {
        return SearchRequest.of(params.get("q"), params.get("type"), filtersOf(params), params.get("dateFrom"), params.get("dateTo"),
                null, params.get("size"), params.get("sort"));
    }

    private static Map<String, String> filtersOf(Map<String, String> params) {
        Map<String, String> filters = new HashMap<>();
        SearchRequest.FILTER_FIELDS.forEach(field -> filters.put(field, params.get(field)));
        return filters;
    }
}
