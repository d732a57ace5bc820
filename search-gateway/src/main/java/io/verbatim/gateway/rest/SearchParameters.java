package io.verbatim.gateway.rest;

import io.verbatim.gateway.service.SearchRequest;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.Map;

/** The query parameters of a search, as the search and the export both take them. */
public class SearchParameters {

    @QueryParam("q") String q;
    @QueryParam("type") String type;
    @QueryParam("language") String language;
    @QueryParam("country") String country;
    @QueryParam("spokenLanguage") String spokenLanguage;
    @QueryParam("body") String body;
    @QueryParam("symbol") String symbol;
    @QueryParam("role") String role;
    @QueryParam("speaker") String speaker;
    @QueryParam("agendaItem") String agendaItem;
    @QueryParam("dateFrom") String dateFrom;
    @QueryParam("dateTo") String dateTo;
    @QueryParam("size") String size;
    @QueryParam("sort") String sort;

    /** The given parameters by name; what a cursor keeps to rebuild the search. */
    Map<String, String> asMap() {
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
        return params;
    }

    /** The search these parameters describe, from {@code from} (null for the first page). */
    static SearchRequest requestOf(Map<String, String> params, String from) {
        Map<String, String> filters = new HashMap<>();
        SearchRequest.FILTER_FIELDS.forEach(field -> filters.put(field, params.get(field)));
        return SearchRequest.of(params.get("q"), params.get("type"), filters, params.get("dateFrom"), params.get("dateTo"), from,
                params.get("size"), params.get("sort"));
    }
}
