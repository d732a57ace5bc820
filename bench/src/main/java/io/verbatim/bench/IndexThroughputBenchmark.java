package io.verbatim.bench;

import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.Topics;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Indexing throughput through index-service, side by side with a bare {@code _bulk} of the very same final
 * documents into the same node in the same run. The records are the six samples as the parser reads them,
 * each copied under new ids and dates, all sent to the parsed topic first; index-service then runs as its
 * packaged jar against a native Kafka and Elasticsearch (started here), and is timed from the moment its
 * consumer holds its partitions until its group has committed every offset (a commit follows the
 * acknowledged writes).
 */
public final class IndexThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path root = RepoPaths.repoRoot();
        PackagedService.jarOf(root, "index-service");
        TestInfrastructure infra = TestInfrastructure.all();
        List<ParsedEvent> events = events(root.resolve("samples"), records);
        long turns = events.stream().mapToLong(e -> e.record().speeches().size()).sum();
        System.out.printf("indexing %d records (%d speech turns) parsed from samples/%n", records, turns);

        Map<TopicPartition, Long> end = send(infra, events);
        // INDEX_SERVICE_OPTS: settings to compare, e.g. -Dmp.messaging.incoming.parsed.max.poll.records=500
        try (PackagedService service = PackagedService.start(root, "index-service", "512m", Map.of(
                "kafka.bootstrap.servers", infra.kafkaBootstrapServers(), "quarkus.elasticsearch.hosts", infra.elasticsearchHostAndPort()),
                System.getenv().getOrDefault("INDEX_SERVICE_OPTS", ""))) {
            double seconds = throughIndexService(infra, end);
            ElasticsearchTestClient elasticsearch = ElasticsearchTestClient.of(infra);
            BareBulk bulk = BareBulk.ofEverythingIndexed(elasticsearch);
            double bareSeconds = bulk.send(infra.elasticsearchUrl(), elasticsearch);
            double mb = bulk.bytes() / 1e6;
            System.out.printf("  index-service  %7.2f s  %8.0f turns/s  %6.1f MB/s%n", seconds, turns / seconds, mb / seconds);
            System.out.printf("  bare _bulk     %7.2f s  %8.0f turns/s  %6.1f MB/s  (%.1f MB of final documents, %d requests of ≤ %d MB)%n",
                    bareSeconds, turns / bareSeconds, mb / bareSeconds, mb, bulk.requests(), BareBulk.REQUEST_BYTES >> 20);
            System.out.printf("  index-service reaches %.0f%% of the bare figure%n", 100 * bareSeconds / seconds);
        } finally {
            infra.stop();
        }
    }

    private static List<ParsedEvent> events(Path samples, int count) throws Exception {
        MeetingRecordParser parser = new MeetingRecordParser();
        List<MeetingRecord> parsed = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().startsWith("README")).sorted().toList()) {
                parsed.add(parser.parse(file));
            }
        }
        List<ParsedEvent> events = new ArrayList<>();
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            MeetingRecord record = parsed.get(i % parsed.size());
            String recordId = RecordIds.recordId("bench", "record-" + i, record.language());
            String sha = RecordIds.sha256Hex(recordId.getBytes(StandardCharsets.UTF_8));
            Instant fetched = base.plusSeconds(i);
            events.add(new ParsedEvent(ParsedEvent.SCHEMA_VERSION, RecordIds.eventId("parsed", recordId, sha), recordId, "bench",
                    "record-" + i, record.symbol().replace('/', '_') + ".txt", sha, fetched, fetched, record));
        }
        return events;
    }

    /** Every event on the parsed topic before index-service starts, so that sending is not timed. */
    private static Map<TopicPartition, Long> send(TestInfrastructure infra, List<ParsedEvent> events) throws Exception {
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers());
        producerConfig.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
             Admin admin = Admin.create(adminConfig(infra))) {
            for (ParsedEvent event : events) {
                producer.send(new ProducerRecord<>(Topics.PARSED, event.recordId(), EventJson.toBytes(event)));
            }
            producer.flush();
            return endOffsets(admin);
        }
    }

    /**
     * Timed from the moment index-service's consumer holds its partitions (its group has a member with an
     * assignment) until the group has committed every offset; a commit follows the acknowledged writes.
     */
    private static double throughIndexService(TestInfrastructure infra, Map<TopicPartition, Long> end) throws Exception {
        try (Admin admin = Admin.create(adminConfig(infra))) {
            while (!assigned(admin)) {
                Thread.sleep(20);
            }
            long start = System.nanoTime();
            while (!committedUpTo(admin, end)) {
                Thread.sleep(50);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static boolean assigned(Admin admin) throws Exception {
        var group = admin.describeConsumerGroups(List.of("index-service")).all().get().get("index-service");
        return group.members().stream().anyMatch(member -> !member.assignment().topicPartitions().isEmpty());
    }

    private static Properties adminConfig(TestInfrastructure infra) {
        Properties adminConfig = new Properties();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers());
        return adminConfig;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        var partitions = admin.describeTopics(List.of(Topics.PARSED)).allTopicNames().get().get(Topics.PARSED).partitions();
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        partitions.forEach(p -> latest.put(new TopicPartition(Topics.PARSED, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new java.util.HashMap<>();
        admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
        return end;
    }

    private static boolean committedUpTo(Admin admin, Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("index-service")
                .partitionsToOffsetAndMetadata().get();
        return end.entrySet().stream().allMatch(e -> e.getValue() == 0
                || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
    }
}
