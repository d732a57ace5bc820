package io.verbatim.gateway.rest;

import io.verbatim.gateway.service.SearchRequest;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.util.HashMap;
import java.util.Map;

/** The query parameters of a search, as the search and the export both take them. */
public class SearchParameters {

    @QueryParam("q") @Parameter(description = "Free text: words, \"phrases\", -word, a | b, word*, and field qualifiers speaker:, country:, symbol:, body:, lang:") String q;
    @QueryParam("type") @Parameter(description = "all (default), speeches or documents") String type;
    @QueryParam("language") @Parameter(description = "the record's language: ar, zh, en, fr, ru or es") String language;
    @QueryParam("country") @Parameter(description = "the speaker's country, ISO 3166 alpha-3 (DEU)") String country;
    @QueryParam("spokenLanguage") @Parameter(description = "the language the speaker spoke in") String spokenLanguage;
    @QueryParam("body") @Parameter(description = "the body that met, as the record names it (Security Council)") String body;
    @QueryParam("symbol") @Parameter(description = "the record's symbol, exact (S/PV.10124) or a prefix ending with * (S/PV.*)") String symbol;
    @QueryParam("role") @Parameter(description = "president, speaker, secretariat, other") String role;
    @QueryParam("speaker") @Parameter(description = "the speaker as printed (Mr. Biontino)") String speaker;
    @QueryParam("agendaItem") @Parameter(description = "the agenda item a turn is under") String agendaItem;
    @QueryParam("dateFrom") @Parameter(description = "meetings on or after this date, YYYY-MM-DD") String dateFrom;
    @QueryParam("dateTo") @Parameter(description = "meetings on or before this date, YYYY-MM-DD") String dateTo;
    @QueryParam("size") @Parameter(description = "hits per page, 1 to 100 (default 20)") String size;
    @QueryParam("sort") @Parameter(description = "relevance (default), date or -date") String sort;

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
