package io.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * That the two sides answer the same question: for each query of the mix, the gateway's answer and Elasticsearch's
 * have the same total, the same hits in the same order and the same facet counts. Prints one line per difference.
 */
final class SameAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    /** The number of queries whose answers agree. */
    int check(List<LatencyQuery> mix, List<HttpRequest> gateway, List<HttpRequest> elasticsearch) throws IOException, InterruptedException {
        int same = 0;
        for (int i = 0; i < mix.size(); i++) {
            JsonNode ours = JSON.readTree(http.send(gateway.get(i), HttpResponse.BodyHandlers.ofString()).body());
            JsonNode bare = JSON.readTree(http.send(elasticsearch.get(i), HttpResponse.BodyHandlers.ofString()).body());
            List<String> differences = new ArrayList<>();
            long total = ours.path("total").asLong(-1);
            long bareTotal = bare.path("hits").path("total").path("value").asLong(-2);
            if (total != bareTotal) {
                differences.add("total " + total + " against " + bareTotal);
            }
            if (!hitsOf(ours).equals(bareHitsOf(bare))) {
                differences.add("hits " + hitsOf(ours) + " against " + bareHitsOf(bare));
            }
            if (!facetsOf(ours).equals(bareFacetsOf(bare))) {
                differences.add("facets " + facetsOf(ours) + " against " + bareFacetsOf(bare));
            }
            if (differences.isEmpty()) {
                same++;
            } else {
                System.out.printf("  DIFFERENT answers to %s: %s%n", mix.get(i).name(), String.join("; ", differences));
            }
        }
        return same;
    }

    private static List<String> hitsOf(JsonNode answer) {
        List<String> hits = new ArrayList<>();
        answer.path("hits").forEach(hit -> hits.add(hit.path("documentId").asText() + ":" + hit.path("seq").asText("")));
        return hits;
    }

    private static List<String> bareHitsOf(JsonNode answer) {
        List<String> hits = new ArrayList<>();
        answer.path("hits").path("hits").forEach(hit -> hits.add(hit.path("_source").path("recordId").asText() + ":"
                + hit.path("_source").path("seq").asText("")));
        return hits;
    }

    private static Map<String, Map<String, Long>> facetsOf(JsonNode answer) {
        Map<String, Map<String, Long>> facets = new TreeMap<>();
        answer.path("facets").properties().forEach(facet -> {
            Map<String, Long> counts = new TreeMap<>();
            facet.getValue().forEach(value -> counts.put(value.path("value").asText(), value.path("count").asLong()));
            facets.put(facet.getKey(), counts);
        });
        return facets;
    }

    /** With {@code typed_keys}, as the gateway's client asks: {@code sterms#language}. */
    private static Map<String, Map<String, Long>> bareFacetsOf(JsonNode answer) {
        Map<String, Map<String, Long>> facets = new TreeMap<>();
        answer.path("aggregations").properties().forEach(aggregation -> {
            Map<String, Long> counts = new TreeMap<>();
            aggregation.getValue().path("buckets").forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asLong()));
            facets.put(aggregation.getKey().substring(aggregation.getKey().indexOf('#') + 1), counts);
        });
        return facets;
    }
}
