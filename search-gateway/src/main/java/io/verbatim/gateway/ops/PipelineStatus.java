package io.verbatim.gateway.ops;

import java.util.List;

/** The pipeline at a glance: what is searchable, what is waiting in Kafka, what was parked. */
public record PipelineStatus(long documents, long speeches, String lastIndexedAt, List<TopicOffset> topics,
                             List<ConsumerLag> consumerGroups, List<DeadLetterCount> deadLetters, List<String> errors) {

    public record TopicOffset(String topic, long endOffset) {
    }

    public record ConsumerLag(String group, String topic, long lag) {
    }

    public record DeadLetterCount(String topic, long count) {
    }
}
