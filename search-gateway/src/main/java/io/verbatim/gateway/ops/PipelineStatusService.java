package io.verbatim.gateway.ops;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * Gathers the ops view. A part that cannot be reached is reported in {@code errors} and the rest is still
 * shown: the view is most needed when something is down.
 */
@ApplicationScoped
public class PipelineStatusService {

    private final ElasticsearchClient elasticsearch;
    private final KafkaPipelineProbe kafka;

    public PipelineStatusService(ElasticsearchClient elasticsearch, KafkaPipelineProbe kafka) {
        this.elasticsearch = elasticsearch;
        this.kafka = kafka;
    }

    public PipelineStatus status() {
        List<String> errors = new ArrayList<>();
        long documents = -1;
        long speeches = -1;
        String lastIndexedAt = null;
        try {
            documents = elasticsearch.count(count -> count.index(Indices.DOCUMENTS.alias())).count();
            speeches = elasticsearch.count(count -> count.index(Indices.SPEECHES.alias())).count();
            lastIndexedAt = lastIndexedAt();
        } catch (IOException | RuntimeException e) {
            errors.add("Elasticsearch: " + e.getMessage());
        }
        List<PipelineStatus.TopicOffset> topics = List.of();
        List<PipelineStatus.ConsumerLag> lags = List.of();
        List<PipelineStatus.DeadLetterCount> deadLetters = List.of();
        try {
            Map<TopicPartition, Long> ends = kafka.partitionEnds();
            Map<String, Long> byTopic = ends.entrySet().stream().collect(Collectors.groupingBy(
                    entry -> entry.getKey().topic(), TreeMap::new, Collectors.summingLong(Map.Entry::getValue)));
            topics = byTopic.entrySet().stream()
                    .map(entry -> new PipelineStatus.TopicOffset(entry.getKey(), entry.getValue())).toList();
            deadLetters = List.of(Topics.PARSE_DLQ, Topics.INDEX_DLQ).stream()
                    .map(topic -> new PipelineStatus.DeadLetterCount(topic, byTopic.getOrDefault(topic, 0L))).toList();
            lags = kafka.lags(ends);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            errors.add("Kafka: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add("Kafka: interrupted");
        }
        return new PipelineStatus(documents, speeches, lastIndexedAt, topics, lags, deadLetters, errors);
    }

    private String lastIndexedAt() throws IOException {
        SearchResponse<Void> response = elasticsearch.search(search -> search.index(Indices.DOCUMENTS.alias()).size(0)
                .aggregations("last", aggregation -> aggregation.max(max -> max.field("indexedAt"))), Void.class);
        var last = response.aggregations().get("last").max();
        return last.valueAsString();
    }
}
