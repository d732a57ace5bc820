package io.verbatim.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.Topics;
import io.verbatim.testsupport.KafkaTestConsumer;
import io.verbatim.testsupport.KafkaTestResource;
import io.verbatim.testsupport.TestInfrastructure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class InboxWatcherIT {

    private static final Path INBOX = Path.of("target/test-data/inbox");

    @Test
    void aDroppedFileIsPublishedAndMovedToProcessed() throws IOException {
        byte[] content = ("GE.20-01397\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String name = "dropped-" + UUID.randomUUID() + ".txt";
        String recordId = RecordIds.recordId("inbox", name, null);

        drop(name, content);

        try (var fetched = new KafkaTestConsumer(TestInfrastructure.kafkaOnly().kafkaBootstrapServers(), Topics.FETCHED)) {
            await("a fetched event for " + name).atMost(Duration.ofSeconds(20))
                    .until(() -> !fetched.recordsWithKey(recordId).isEmpty());
            assertThat(fetched.recordsWithKey(recordId).getFirst().value()).contains(RecordIds.sha256Hex(content));
        }
        await(name + " moved to processed/").atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(INBOX.resolve("processed").resolve(name)));
        assertThat(INBOX.resolve(name)).doesNotExist();
    }

    @Test
    void anEmptyFileIsMovedToRejectedWithItsReason() throws IOException {
        String name = "empty-" + UUID.randomUUID() + ".pdf";

        drop(name, new byte[0]);

        Path reason = INBOX.resolve("rejected").resolve(name + ".reason.txt");
        await(name + " rejected").atMost(Duration.ofSeconds(10)).until(() -> Files.exists(reason));
        assertThat(reason).content().contains("empty file");
        assertThat(INBOX.resolve("rejected").resolve(name)).exists();
    }

    private static void drop(String name, byte[] content) throws IOException {
        Files.createDirectories(INBOX);
        Path aside = Files.write(INBOX.resolve("." + name + ".part"), content);
        Files.move(aside, INBOX.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
