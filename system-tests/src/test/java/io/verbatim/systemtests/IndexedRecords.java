package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.contracts.Indices;
import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.simulator.meeting.Language;
import io.verbatim.testsupport.ElasticsearchTestClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What Elasticsearch holds of one harvested source, read through the aliases search uses. */
final class IndexedRecords {

    private final ElasticsearchTestClient elasticsearch;

    IndexedRecords(ElasticsearchTestClient elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    /** The documents of a source, refreshed first so that every acknowledged write counts. */
    long documentsOf(String source) {
        return documents(source).size();
    }

    /**
     * Every record the archive holds is in the index once, with as many speech turns (in its document and in the
     * speeches index) as it was written with, and no other record of the source is.
     */
    void assertEachRecordOnceWithItsTurns(ArchiveSimulator archive, String source) {
        List<JsonNode> documents = documents(source);
        Map<String, Long> documentsPerSymbol = documents.stream()
                .collect(Collectors.groupingBy(d -> d.path("symbol").asText(), Collectors.counting()));
        Map<String, Integer> expectedTurns = new HashMap<>();
        for (ArchivedRecord record : archive.records()) {
            if (!record.deleted()) {
                expectedTurns.put(record.symbol(), archive.expected(record.recid(), Language.EN).turnCount());
            }
        }
        assertThat(documentsPerSymbol).as("documents of " + source + " per symbol")
                .containsOnlyKeys(expectedTurns.keySet())
                .allSatisfy((symbol, count) -> assertThat(count).as("documents of " + symbol).isEqualTo(1));

        Map<String, Long> speechesPerRecord = speechesPerRecord(documents);
        for (JsonNode document : documents) {
            String symbol = document.path("symbol").asText();
            int expected = expectedTurns.get(symbol);
            assertThat(document.path("speechCount").asInt()).as("speechCount of " + symbol).isEqualTo(expected);
            assertThat(speechesPerRecord.getOrDefault(document.path("recordId").asText(), 0L))
                    .as("speech turns indexed for " + symbol).isEqualTo(expected);
        }
    }

    /** The record ids of a source's documents. */
    List<String> recordIdsOf(String source) {
        return documents(source).stream().map(d -> d.path("recordId").asText()).toList();
    }

    private List<JsonNode> documents(String source) {
        elasticsearch.refresh(Indices.DOCUMENTS.alias());
        return elasticsearch.hits(Indices.DOCUMENTS.alias(), """
                {"size": 1000, "_source": ["recordId", "symbol", "speechCount"], "query": {"term": {"sourceId": "%s"}}}"""
                .formatted(source));
    }

    private Map<String, Long> speechesPerRecord(List<JsonNode> documents) {
        elasticsearch.refresh(Indices.SPEECHES.alias());
        String recordIds = documents.stream().map(d -> "\"" + d.path("recordId").asText() + "\"").collect(Collectors.joining(","));
        JsonNode answer = elasticsearch.search(Indices.SPEECHES.alias(), """
                {"size": 0, "query": {"terms": {"recordId": [%s]}},
                 "aggs": {"perRecord": {"terms": {"field": "recordId", "size": %d}}}}""".formatted(recordIds, Math.max(1, documents.size())));
        Map<String, Long> counts = new HashMap<>();
        answer.path("aggregations").path("perRecord").path("buckets")
                .forEach(bucket -> counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
        return counts;
    }
}
