package io.verbatim.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OaiRequestTests {

    private static final String BASE = "https://archive.example.org/oai2d";

    @Test
    void identifyIsTheVerbAlone() {
        assertThat(OaiRequest.identify().uri(BASE)).isEqualTo(URI.create(BASE + "?verb=Identify"));
    }

    @Test
    void listRecordsWritesTheWindowAtSecondGranularity() {
        HarvestWindow window = new HarvestWindow(Instant.parse("2026-11-01T10:15:30.250Z"), Instant.parse("2026-11-30T23:59:59Z"));

        URI uri = OaiRequest.listRecords("marcxml", null, window, Granularity.SECOND).uri(BASE);

        assertThat(uri).hasToString(BASE + "?verb=ListRecords&metadataPrefix=marcxml&from=2026-11-01T10%3A15%3A30Z&until=2026-11-30T23%3A59%3A59Z");
        assertThat(uri.getQuery()).isEqualTo("verb=ListRecords&metadataPrefix=marcxml&from=2026-11-01T10:15:30Z&until=2026-11-30T23:59:59Z");
    }

    @Test
    void listRecordsWritesDaysAtDayGranularityAndEncodesTheSet() {
        HarvestWindow window = new HarvestWindow(Instant.parse("2026-11-01T10:15:30Z"), null);

        URI uri = OaiRequest.listRecords("oai_dc", "col:Voting Data", window, Granularity.DAY).uri(BASE);

        assertThat(uri.getQuery()).isEqualTo("verb=ListRecords&metadataPrefix=oai_dc&set=col:Voting Data&from=2026-11-01");
        assertThat(uri.getRawQuery()).contains("set=col%3AVoting%20Data");
    }

    @Test
    void aWholeHarvestHasNoDates() {
        assertThat(OaiRequest.listIdentifiers("marcxml", null, HarvestWindow.all(), Granularity.SECOND).uri(BASE))
                .hasToString(BASE + "?verb=ListIdentifiers&metadataPrefix=marcxml");
    }

    @Test
    void resumingSendsOnlyTheTokenEncoded() {
        ResumptionToken token = new ResumptionToken("___yid50k5o/a+b=c&d", 250L, 100L, null);

        assertThat(OaiRequest.resume(OaiRequest.LIST_RECORDS, token).uri(BASE))
                .hasToString(BASE + "?verb=ListRecords&resumptionToken=___yid50k5o%2Fa%2Bb%3Dc%26d");
    }

    @Test
    void aBaseUrlWithAQueryGetsTheArgumentsAppended() {
        assertThat(OaiRequest.identify().uri("https://archive.example.org/oai?repo=un")).hasToString("https://archive.example.org/oai?repo=un&verb=Identify");
    }

    @Test
    void theNextWindowOverlapsTheCheckpointByOneSecond() {
        HarvestWindow next = HarvestWindow.after(Instant.parse("2026-11-29T23:59:59.800Z"), Granularity.SECOND);

        assertThat(next).isEqualTo(new HarvestWindow(Instant.parse("2026-11-29T23:59:58Z"), null));
    }

    @Test
    void theNextWindowOverlapsTheCheckpointByOneDayAtDayGranularity() {
        HarvestWindow next = HarvestWindow.after(Instant.parse("2026-11-29T13:00:00Z"), Granularity.DAY);

        assertThat(next.from()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(OaiRequest.listRecords("marcxml", null, next, Granularity.DAY).uri(BASE).getQuery()).endsWith("from=2026-11-28");
    }

    @Test
    void aWindowCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new HarvestWindow(Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends (2026-11-01T00:00:00Z) before it starts");
    }

    @Test
    void granularitiesAreReadAsTheProtocolWritesThem() {
        assertThat(Granularity.fromProtocol("YYYY-MM-DD")).isEqualTo(Granularity.DAY);
        assertThat(Granularity.fromProtocol("YYYY-MM-DDThh:mm:ssZ")).isEqualTo(Granularity.SECOND);
        assertThatThrownBy(() -> Granularity.fromProtocol("YYYY")).isInstanceOf(MalformedResponseException.class).hasMessageContaining("'YYYY'");
    }
}
