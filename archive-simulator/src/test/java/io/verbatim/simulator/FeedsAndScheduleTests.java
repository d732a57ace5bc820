package io.verbatim.simulator;

import static io.verbatim.simulator.SimulatorClient.all;
import static io.verbatim.simulator.SimulatorClient.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verbatim.simulator.archive.Archive;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The feeds list the newest records first; the schedule publishes new ones while the simulator runs. */
class FeedsAndScheduleTests {

    @Test
    void rssListsTheNewestRecordsWithTheEnglishFileEnclosed() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-01-15T12:00:00Z"));
        try (ArchiveSimulator simulator = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(10).clock(clock).build())) {
            simulator.start();
            clock.advance(Duration.ofMinutes(5));
            simulator.change(Archive.FIRST_RECID);

            Document rss = new SimulatorClient(simulator).getXml("/rss?rg=3");

            assertThat(all(rss, "/rss/channel/item/link")).containsExactly(
                    simulator.baseUrl() + "/record/" + Archive.FIRST_RECID,
                    simulator.baseUrl() + "/record/" + (Archive.FIRST_RECID + 9),
                    simulator.baseUrl() + "/record/" + (Archive.FIRST_RECID + 8));
            assertThat(one(rss, "/rss/channel/item[1]/enclosure/@url")).endsWith("/files/S_PV.9001-EN.pdf");
            assertThat(one(rss, "/rss/channel/item[1]/enclosure/@type")).isEqualTo("application/pdf");
            assertThat(Integer.parseInt(one(rss, "/rss/channel/item[1]/enclosure/@length"))).isPositive();
            assertThat(one(rss, "/rss/channel/item[1]/pubDate")).isEqualTo("Thu, 15 Jan 2026 12:05:00 GMT");
        }
    }

    @Test
    void atomLinksEveryEditionOfEachEntry() throws Exception {
        try (ArchiveSimulator simulator = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(4).build())) {
            simulator.start();

            Document atom = new SimulatorClient(simulator).getXml("/atom");

            assertThat(all(atom, "/atom:feed/atom:entry")).hasSize(4);
            assertThat(all(atom, "/atom:feed/atom:entry[1]/atom:link[@rel='enclosure']/@hreflang"))
                    .containsExactly("ar", "zh", "en", "fr", "ru", "es");
        }
    }

    @Test
    void theScheduleKeepsPublishingUntilStopped() {
        try (ArchiveSimulator simulator = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(2)
                .publishEvery(Duration.ofMillis(100)).build())) {
            simulator.start();

            await("three more records published").atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(simulator.records()).hasSizeGreaterThanOrEqualTo(5));
        }
    }
}
