package io.verbatim.gateway.service;

import java.util.List;
import java.util.Map;

public record SearchResult(String query, long total, int from, int size, long tookMs, List<SearchHit> hits,
                           Map<String, List<FacetValue>> facets) {

    public record FacetValue(String value, long count) {
    }
}
