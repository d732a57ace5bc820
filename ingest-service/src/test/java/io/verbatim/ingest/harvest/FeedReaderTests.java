package io.verbatim.ingest.harvest;

import static io.verbatim.ingest.harvest.TestResources.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.harvest.FeedItem.Link;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTests {

    private final FeedReader reader = new FeedReader();

    @Test
    void rssItemsGiveGuidDateTitleEnclosureAndLink() {
        List<FeedItem> items = reader.read(fixture("feed-rss.xml"));

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isEqualTo(new FeedItem("archive.example.org:990001", Instant.parse("2026-11-30T15:04:05Z"),
                "S/PV.9999 Security Council, 9999th meeting",
                List.of(new Link("https://archive.example.org/record/990001/files/S_PV.9999-EN.pdf", "application/pdf"),
                        new Link("https://archive.example.org/record/990001", null))));
    }

    @Test
    void anRssItemWithoutGuidIsKnownByItsLinkAndOldDateFormsAreRead() {
        FeedItem item = reader.read(fixture("feed-rss.xml")).get(1);

        assertThat(item.id()).isEqualTo("https://archive.example.org/record/990010");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-12-01T14:30:00Z"));
    }

    @Test
    void anUnreadableDateIsNullNotAFailureOfTheFeed() {
        FeedItem item = reader.read(fixture("feed-rss.xml")).get(2);

        assertThat(item.id()).isEqualTo("https://archive.example.org/record/990011");
        assertThat(item.published()).isNull();
        assertThat(item.links()).isEmpty();
    }

    @Test
    void atomEntriesGiveIdUpdatedAndEnclosuresBeforeAlternates() {
        List<FeedItem> entries = reader.read(fixture("feed-atom.xml"));

        assertThat(entries).containsExactly(
                new FeedItem("urn:example:archive:990001", Instant.parse("2026-11-30T15:00:00Z"), "S/PV.9999",
                        List.of(new Link("https://archive.example.org/record/990001/files/S_PV.9999-EN.pdf", "application/pdf"),
                                new Link("https://archive.example.org/record/990001", "text/html"))),
                new FeedItem("urn:example:archive:990010", Instant.parse("2026-12-01T09:30:00Z"), "A/81/PV.12",
                        List.of(new Link("https://archive.example.org/record/990010", null))));
    }

    @Test
    void rfc822DatesWithNumericAndNamedZones() {
        assertThat(Rfc822Dates.parse("Tue, 01 Dec 2026 09:30:00 +0100")).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
        assertThat(Rfc822Dates.parse("Tue, 1 Dec 2026 09:30:00 PDT")).isEqualTo(Instant.parse("2026-12-01T16:30:00Z"));
        assertThat(Rfc822Dates.parse("Tue, 1 Dec 2026 09:30 UT")).isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
        assertThat(Rfc822Dates.parse("2026-12-01")).isNull();
    }

    @Test
    void aFeedWithAnExternalEntityIsRefused(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "feed-secret");
        byte[] feed = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>
                """.formatted(secret.toUri()).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(feed)).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("feed declares a DTD").hasMessageNotContaining("feed-secret");
    }

    @Test
    void anythingElseIsNotAFeed() {
        assertThatThrownBy(() -> reader.read("<html/>".getBytes(StandardCharsets.UTF_8))).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("expected an RSS 2.0 rss or an Atom feed element but found html");
    }
}
