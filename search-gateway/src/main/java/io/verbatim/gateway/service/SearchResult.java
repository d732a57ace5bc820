package io.verbatim.gateway.service;

import java.util.List;
import java.util.Map;

/** @param next the cursor of the next page ({@code after=next}) while more hits exist, else null */
public record SearchResult(String query, long total, long from, int size, long tookMs, List<SearchHit> hits,
                           Map<String, List<FacetValue>> facets, String next) {

    public record FacetValue(String value, long count) {
    }
}
