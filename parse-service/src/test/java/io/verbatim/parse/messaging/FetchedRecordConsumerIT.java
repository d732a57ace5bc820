package io.verbatim.parse.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.contracts.BlobLayout;
import io.verbatim.contracts.DeadLetterHeaders;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.FetchedEvent;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.Topics;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.testsupport.KafkaTestConsumer;
import io.verbatim.testsupport.KafkaTestResource;
import io.verbatim.testsupport.TestInfrastructure;
import io.verbatim.testsupport.TestPdfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class FetchedRecordConsumerIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final Path BLOBS = Path.of("target/test-data/blobs");
    private static final String CHINESE_RECORD = """
            GE.20-01397 (C)

            第一五一一次全体会议最后记录

            2019 年 6 月 28 日星期五下午 2 时 40 分在日内瓦万国宫举行

            主席：杨志勇先生 ........................................ 越南

            CD/PV.1511

            裁军谈判会议
            \f
            CD/PV.1511

            2 GE.20-01397

             主席(以英语发言)：我宣布裁军谈判会议第一五一一次全体会议开始。

             比尔韦特先生(德国)(以英语发言)：谢谢主席先生。消极安全保证是核心问题之一。

             主席(以英语发言)：感谢比尔韦特大使的发言。

            下午 4 时 55 分散会。
            """;

    private static KafkaProducer<String, byte[]> producer;
    private static KafkaTestConsumer parsed;
    private static KafkaTestConsumer deadLetters;

    @BeforeAll
    static void connect() {
        String bootstrap = TestInfrastructure.kafkaOnly().kafkaBootstrapServers();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer());
        parsed = new KafkaTestConsumer(bootstrap, Topics.PARSED);
        deadLetters = new KafkaTestConsumer(bootstrap, Topics.PARSE_DLQ);
    }

    @AfterAll
    static void close() {
        producer.close();
        parsed.close();
        deadLetters.close();
    }

    @Test
    void aFetchedRecordIsParsedIntoSpeechTurns() throws Exception {
        FetchedEvent fetched = storeAndAnnounce("CD_PV.1511.txt",
                (CHINESE_RECORD + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

        ParsedEvent event = awaitParsed(fetched.recordId());

        assertThat(event.sha256()).isEqualTo(fetched.sha256());
        assertThat(event.fetchedAt()).isEqualTo(fetched.fetchedAt());
        assertThat(event.record().symbol()).isEqualTo("CD/PV.1511");
        assertThat(event.record().language()).isEqualTo("zh");
        assertThat(event.record().speeches()).extracting("speaker", "country")
                .contains(org.assertj.core.groups.Tuple.tuple("比尔韦特先生", "DEU"));
    }

    @Test
    void aDeletionPassesThroughWithoutABlobAndWithoutADeadLetter() throws Exception {
        String recordId = RecordIds.recordId("test", "withdrawn-" + UUID.randomUUID(), "en");
        announce(FetchedEvent.deletion(recordId, "test", "oai:test:1", "en", Instant.parse("2026-02-01T00:00:00Z")));

        ParsedEvent event = awaitParsed(recordId);

        assertThat(event.deleted()).isTrue();
        assertThat(event.record()).isNull();
        assertThat(event.fetchedAt()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(deadLetters.recordsWithKey(recordId)).isEmpty();
    }

    @Test
    void aCorruptPdfIsDeadLetteredWithItsReasonAndTheNextRecordIsParsed() throws Exception {
        FetchedEvent corrupt = storeAndAnnounce("broken.pdf",
                ("%PDF-1.7\n" + UUID.randomUUID() + " garbage").getBytes(StandardCharsets.US_ASCII));
        FetchedEvent good = storeAndAnnounce("CD_PV.1511.txt",
                (CHINESE_RECORD + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

        await("the corrupt PDF on " + Topics.PARSE_DLQ).atMost(WITHIN)
                .until(() -> !deadLetters.recordsWithKey(corrupt.recordId()).isEmpty());
        KafkaTestConsumer.Received parked = deadLetters.recordsWithKey(corrupt.recordId()).getFirst();
        assertThat(parked.header(DeadLetterHeaders.REASON)).startsWith("cannot parse broken.pdf (record " + corrupt.recordId());
        assertThat(parked.header(DeadLetterHeaders.TOPIC)).isEqualTo(Topics.FETCHED);
        assertThat(EventJson.fromBytes(parked.value().getBytes(StandardCharsets.UTF_8), FetchedEvent.class))
                .as("the original event, unchanged").isEqualTo(corrupt);
        awaitParsed(good.recordId());
    }

    @Test
    void aMissingBlobIsDeadLetteredWithItsReason() throws Exception {
        String sha = RecordIds.sha256Hex(UUID.randomUUID().toString().getBytes());
        FetchedEvent orphan = announce(fetchedEvent("orphan.pdf", sha, 10));

        await("the orphan on " + Topics.PARSE_DLQ).atMost(WITHIN)
                .until(() -> !deadLetters.recordsWithKey(orphan.recordId()).isEmpty());
        assertThat(deadLetters.recordsWithKey(orphan.recordId()).getFirst().header(DeadLetterHeaders.REASON))
                .contains("is not in the blob store");
    }

    @Test
    void anEncryptedPdfIsDeadLetteredAsEncrypted() throws Exception {
        FetchedEvent encrypted = storeAndAnnounce("secret.pdf",
                TestPdfs.passwordProtected("CD/PV.1511 The President: I call the meeting to order. " + UUID.randomUUID()));

        assertThat(awaitDeadLetterReason(encrypted)).startsWith("cannot parse secret.pdf (record " + encrypted.recordId())
                .containsIgnoringCase("encrypted");
    }

    @Test
    void aRecordTooLargeForTheParsedTopicIsDeadLetteredNotLost() throws Exception {
        FetchedEvent huge = storeAndAnnounce("huge.txt", hugeRecord(11 * 1024 * 1024));
        FetchedEvent next = storeAndAnnounce("CD_PV.1511.txt",
                (CHINESE_RECORD + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

        assertThat(awaitDeadLetterReason(huge)).startsWith("cannot publish huge.txt (record " + huge.recordId())
                .contains("more than " + Topics.PARSED + " takes");
        awaitParsed(next.recordId());
    }

    @Test
    void aTextOverTheParsersLimitIsRefusedUpFrontWithTheLimitAsReason() throws Exception {
        FetchedEvent tooLarge = storeAndAnnounce("too-large.txt", hugeRecord((int) MeetingRecordParser.MAX_TEXT_BYTES + 1024));

        assertThat(awaitDeadLetterReason(tooLarge)).startsWith("cannot parse too-large.txt (record " + tooLarge.recordId())
                .contains("text document is larger than 12 MB");
    }

    private static String awaitDeadLetterReason(FetchedEvent event) {
        await(event.fileName() + " on " + Topics.PARSE_DLQ).atMost(Duration.ofSeconds(90))
                .until(() -> !deadLetters.recordsWithKey(event.recordId()).isEmpty());
        return deadLetters.recordsWithKey(event.recordId()).getFirst().header(DeadLetterHeaders.REASON);
    }

    /** A meeting record whose parsed text alone is larger than the parsed topic takes. */
    private static byte[] hugeRecord(int bytes) {
        StringBuilder text = new StringBuilder(bytes + 200).append(UUID.randomUUID()).append("\nCD/PV.1511\n\n");
        String paragraph = "  The President: The Conference will now hear the next speaker on negative security assurances.\n\n";
        while (text.length() < bytes) {
            text.append(paragraph);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ParsedEvent awaitParsed(String recordId) {
        await("a parsed event for " + recordId).atMost(WITHIN).until(() -> !parsed.recordsWithKey(recordId).isEmpty());
        return EventJson.fromBytes(parsed.recordsWithKey(recordId).getFirst().value().getBytes(StandardCharsets.UTF_8),
                ParsedEvent.class);
    }

    private static FetchedEvent storeAndAnnounce(String fileName, byte[] content) throws Exception {
        String sha = RecordIds.sha256Hex(content);
        Path blob = BlobLayout.pathOf(BLOBS, sha);
        Files.createDirectories(blob.getParent());
        Files.write(blob, content);
        return announce(fetchedEvent(fileName, sha, content.length));
    }

    private static FetchedEvent fetchedEvent(String fileName, String sha, long size) {
        String recordId = RecordIds.recordId("test", fileName + UUID.randomUUID(), null);
        return new FetchedEvent(FetchedEvent.SCHEMA_VERSION, RecordIds.eventId("fetched", recordId, sha), recordId,
                "test", fileName, fileName, null, sha, size, null, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static FetchedEvent announce(FetchedEvent event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.FETCHED, event.recordId(), EventJson.toBytes(event)))
                .get(10, TimeUnit.SECONDS);
        return event;
    }
}
