package io.verbatim.gateway.alerts;

import io.verbatim.gateway.service.SearchHit;
import java.time.Instant;
import java.util.List;

/** What an alert is told when a newly indexed record holds turns that match it. */
public record AlertMatch(String alertId, String documentId, String symbol, String language, Instant indexedAt, List<SearchHit> turns) {
}
