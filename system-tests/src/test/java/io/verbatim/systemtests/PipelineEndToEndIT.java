package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.admin.VerbatimAdmin;
import io.verbatim.contracts.DeadLetterHeaders;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.Topics;
import io.verbatim.testsupport.KafkaTestConsumer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Records dropped into the inbox travel through Kafka and all four services to the search API. */
class PipelineEndToEndIT {

    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(60);
    private static RunningPipeline pipeline;
    private static GatewayClient gateway;
    private static KafkaTestConsumer parseDeadLetters;

    @BeforeAll
    static void startPipeline() {
        pipeline = RunningPipeline.shared();
        gateway = new GatewayClient(pipeline.gatewayUrl());
        parseDeadLetters = new KafkaTestConsumer(pipeline.infrastructure().kafkaBootstrapServers(), Topics.PARSE_DLQ);
    }

    @AfterAll
    static void closeConsumer() {
        parseDeadLetters.close();
    }

    @Test
    void aRecordDroppedInTheInboxIsFoundBySpeakerAndCountry() throws IOException {
        pipeline.drop("zh_CD_PV.1601.txt", fixture("zh_CD_PV.1601.txt"));

        JsonNode hit = awaitFirstHit("消极安全保证", "symbol=CD/PV.1601");

        assertThat(hit.path("type").asText()).isEqualTo("speech");
        assertThat(hit.path("speaker").asText()).isEqualTo("比尔韦特先生");
        assertThat(hit.path("country").asText()).isEqualTo("DEU");
        assertThat(hit.path("language").asText()).isEqualTo("zh");
        assertThat(hit.path("date").asText()).isEqualTo("2021-03-09");
        assertThat(hit.path("snippet").asText()).contains("<mark>");
        assertThat(pipeline.inbox().resolve("processed/zh_CD_PV.1601.txt")).exists();
    }

    @Test
    void theSameBytesTwiceMakeOneRecord() throws IOException {
        byte[] record = fixture("en_CD_PV.1602.txt");
        String sha256 = RecordIds.sha256Hex(record);
        pipeline.drop("en_CD_PV.1602.txt", record);
        pipeline.drop("copy-of-en_CD_PV.1602.txt", record);

        await("both copies taken from the inbox").atMost(SEARCHABLE_WITHIN)
                .until(() -> Files.exists(pipeline.inbox().resolve("processed/copy-of-en_CD_PV.1602.txt"))
                        && Files.exists(pipeline.inbox().resolve("processed/en_CD_PV.1602.txt")));
        // A file leaves the inbox only after its event was acknowledged, so every event is on the topic by now.
        try (var fetched = new KafkaTestConsumer(pipeline.infrastructure().kafkaBootstrapServers(), Topics.FETCHED)) {
            await("the fetched event of " + sha256).atMost(SEARCHABLE_WITHIN)
                    .until(() -> fetched.records().stream().anyMatch(r -> r.value().contains(sha256)));
            assertThat(fetched.records()).filteredOn(r -> r.value().contains(sha256)).as("fetched events").hasSize(1);
        }
        awaitFirstHit("fissile", "symbol=CD/PV.1602");
        await("the document of CD/PV.1602").atMost(SEARCHABLE_WITHIN).until(() ->
                gateway.search("", "type=documents", "symbol=CD/PV.1602").path("total").asLong() > 0);

        JsonNode documents = gateway.search("", "type=documents", "symbol=CD/PV.1602");
        assertThat(documents.path("total").asLong()).as("documents with symbol CD/PV.1602").isEqualTo(1);
        JsonNode speeches = gateway.search("", "type=speeches", "symbol=CD/PV.1602");
        assertThat(speeches.path("total").asLong()).as("speech turns of CD/PV.1602")
                .isEqualTo(distinctSpeechIds(speeches)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aCorruptPdfIsDeadLetteredAndTheNextRecordStillArrives() throws IOException {
        pipeline.drop("broken.pdf", ("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage " + UUID.randomUUID())
                .getBytes(StandardCharsets.US_ASCII));
        pipeline.drop("fr_CD_PV.1603.txt", fixture("fr_CD_PV.1603.txt"));

        await("broken.pdf on " + Topics.PARSE_DLQ).atMost(SEARCHABLE_WITHIN)
                .until(() -> parseDeadLetters.records().stream().anyMatch(r -> r.value().contains("broken.pdf")));
        KafkaTestConsumer.Received parked = parseDeadLetters.records().stream()
                .filter(r -> r.value().contains("broken.pdf")).findFirst().orElseThrow();
        assertThat(parked.header(DeadLetterHeaders.REASON)).contains("broken.pdf");
        assertThat(parked.header(DeadLetterHeaders.TOPIC)).isEqualTo(Topics.FETCHED);

        JsonNode hit = awaitFirstHit("garanties", "symbol=CD/PV.1603");
        assertThat(hit.path("country").asText()).isEqualTo("FRA");
    }

    @Test
    void aDeadLetteredRecordCanBeReplayedToTheTopicItFailedOn() throws IOException {
        pipeline.drop("broken-for-replay.pdf", "%PDF-1.4\n%%EOF garbage".getBytes(StandardCharsets.US_ASCII));
        await("broken-for-replay.pdf on " + Topics.PARSE_DLQ).atMost(SEARCHABLE_WITHIN)
                .until(() -> !deadLettersOf("broken-for-replay.pdf").isEmpty());
        String recordId = deadLettersOf("broken-for-replay.pdf").getFirst().key();

        int exitCode = new CommandLine(new VerbatimAdmin()).execute("dlq", "replay", Topics.PARSE_DLQ,
                "--record", recordId, "--bootstrap-servers", pipeline.infrastructure().kafkaBootstrapServers());

        assertThat(exitCode).isZero();
        try (var fetched = new KafkaTestConsumer(pipeline.infrastructure().kafkaBootstrapServers(), Topics.FETCHED)) {
            await("the replayed event on " + Topics.FETCHED).atMost(SEARCHABLE_WITHIN)
                    .until(() -> fetched.recordsWithKey(recordId).stream()
                            .anyMatch(r -> "1".equals(r.header(DeadLetterHeaders.REPLAY_COUNT))));
        }
        await("the replayed record parked again, still broken").atMost(SEARCHABLE_WITHIN)
                .until(() -> deadLettersOf("broken-for-replay.pdf").size() == 2);
    }

    @Test
    void anEmptyFileIsRejectedWithItsReason() throws IOException {
        pipeline.drop("empty.txt", new byte[0]);

        await("empty.txt rejected").atMost(SEARCHABLE_WITHIN)
                .until(() -> Files.exists(pipeline.inbox().resolve("rejected/empty.txt.reason.txt")));
        assertThat(Files.readString(pipeline.inbox().resolve("rejected/empty.txt.reason.txt"))).contains("empty file");
    }

    private JsonNode awaitFirstHit(String query, String... filters) {
        try {
            await("a hit for '" + query + "' " + List.of(filters)).atMost(SEARCHABLE_WITHIN)
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> !gateway.hits(query, filters).isEmpty());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "\nservice logs:\n" + pipeline.logs(), e);
        }
        return gateway.hits(query, filters).getFirst();
    }

    private static List<KafkaTestConsumer.Received> deadLettersOf(String fileName) {
        return parseDeadLetters.records().stream().filter(r -> r.value().contains(fileName)).toList();
    }

    private static long distinctSpeechIds(JsonNode result) {
        Set<String> ids = new HashSet<>();
        result.path("hits").forEach(hit -> ids.add(hit.path("speechId").asText()));
        return ids.size();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PipelineEndToEndIT.class.getResourceAsStream("/records/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture records/" + name);
            }
            return in.readAllBytes();
        }
    }
}
