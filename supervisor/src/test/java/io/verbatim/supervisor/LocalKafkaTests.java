package io.verbatim.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker's folder as {@code ./verbatim} keeps it across starts: prepared again, its storage is not formatted again. */
class LocalKafkaTests {

    @Test
    void preparingAnExistingBrokerAgainKeepsItsStorageAndWritesTheGivenPorts(@TempDir Path dir) throws Exception {
        Path home = RepositoryLayout.locate().kafkaHome();
        LocalKafka.Settings settings = new LocalKafka.Settings(19092, 19093, "256m", true);

        LocalKafka.prepare(home, dir, dir.resolve("kafka.log"), settings);
        String formatted = Files.readString(dir.resolve("data/meta.properties"));
        LocalKafka again = LocalKafka.prepare(home, dir, dir.resolve("kafka.log"), settings);

        assertThat(formatted).contains("cluster.id=");
        assertThat(Files.readString(dir.resolve("data/meta.properties"))).as("meta.properties after a second prepare")
                .isEqualTo(formatted);
        assertThat(Files.readString(dir.resolve("server.properties")))
                .contains("listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .contains("log.dirs=" + dir.resolve("data").toAbsolutePath());
        assertThat(again.bootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(again.isRunning()).isFalse();
    }
}
