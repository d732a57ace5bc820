package io.verbatim.ingest.harvest;

import static io.verbatim.ingest.harvest.TestResources.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OaiPmhResponseReaderTests {

    private final OaiPmhResponseReader reader = new OaiPmhResponseReader();

    @Test
    void identifyGivesGranularityEarliestDatestampAndDeletedPolicy() {
        OaiResponse response = reader.read(fixture("oai-identify.xml"));

        assertThat(response).isEqualTo(new RepositoryIdentity("Example Document Archive", "https://archive.example.org/oai2d", "2.0",
                Granularity.SECOND, Instant.parse("1990-01-01T00:00:00Z"), DeletedRecordPolicy.TRANSIENT));
    }

    @Test
    void aListRecordsPageGivesHeadersMetadataAndTheTokenWithItsAttributes() {
        RecordPage page = (RecordPage) reader.read(fixture("oai-list-records-first-page.xml"));

        assertThat(page.records()).extracting(OaiRecord::header).containsExactly(
                new RecordHeader("oai:archive.example.org:900001", Instant.parse("2026-11-02T10:15:00Z"), List.of("meetings", "council"), false),
                new RecordHeader("oai:archive.example.org:900002", Instant.parse("2026-11-03T00:00:00Z"), List.of(), true));
        assertThat(page.next()).contains(new ResumptionToken("___yid50k5o", 250L, 0L, Instant.parse("2026-11-30T09:00:01Z")));
        assertThat(page.isLastPage()).isFalse();
    }

    @Test
    void theMetadataIsAStandaloneDocumentEvenWhenItsPrefixIsDeclaredOnTheEnvelope() {
        RecordPage page = (RecordPage) reader.read(fixture("oai-list-records-first-page.xml"));

        String metadata = page.records().get(0).metadataXml();
        assertThat(metadata).startsWith("<marc:record").contains("xmlns:marc=\"http://www.loc.gov/MARC21/slim\"");
        assertThat(new MarcXmlRecordReader().read(metadata).symbol()).isEqualTo("S/PV.9901");
    }

    @Test
    void aDeletedRecordHasNoMetadata() {
        RecordPage page = (RecordPage) reader.read(fixture("oai-list-records-first-page.xml"));

        assertThat(page.records().get(1).metadataXml()).isNull();
    }

    @Test
    void anEmptyTokenOnTheLastPageMeansTheListIsComplete() {
        RecordPage page = (RecordPage) reader.read(fixture("oai-list-records-last-page.xml"));

        assertThat(page.records()).hasSize(1);
        assertThat(page.resumptionToken()).isEqualTo(new ResumptionToken("", 250L, 200L, null));
        assertThat(page.isLastPage()).isTrue();
        assertThat(page.records().get(0).metadataXml()).contains("<controlfield tag=\"001\">900250</controlfield>");
    }

    @Test
    void listIdentifiersGivesHeadersWithDayDatestamps() {
        RecordPage page = (RecordPage) reader.read(fixture("oai-list-identifiers.xml"));

        assertThat(page.records()).extracting(r -> r.header().identifier(), r -> r.header().datestamp(), r -> r.header().deleted(), OaiRecord::metadataXml)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("oai:archive.example.org:2394", Instant.parse("2026-11-04T00:00:00Z"), false, null),
                        org.assertj.core.groups.Tuple.tuple("oai:archive.example.org:10073", Instant.parse("2026-11-05T00:00:00Z"), true, null));
        assertThat(page.isLastPage()).isTrue();
    }

    @Test
    void noRecordsMatchIsAnEmptyLastPage() {
        OaiResponse response = reader.read(errorResponse("noRecordsMatch", "No records match the given criteria"));

        assertThat(response).isEqualTo(RecordPage.empty());
        assertThat(((RecordPage) response).isLastPage()).isTrue();
    }

    @Test
    void otherErrorsAreTypedProtocolErrors() {
        for (OaiErrorCode code : List.of(OaiErrorCode.BAD_RESUMPTION_TOKEN, OaiErrorCode.BAD_ARGUMENT, OaiErrorCode.CANNOT_DISSEMINATE_FORMAT,
                OaiErrorCode.BAD_VERB, OaiErrorCode.ID_DOES_NOT_EXIST, OaiErrorCode.NO_SET_HIERARCHY)) {
            OaiResponse response = reader.read(errorResponse(code.code(), "because"));

            assertThat(response).as(code.code()).isEqualTo(new ProtocolError(List.of(new OaiError(code, code.code(), "because"))));
        }
    }

    @Test
    void anUnknownErrorCodeIsKeptAsSent() {
        ProtocolError error = (ProtocolError) reader.read(errorResponse("tooManyRequests", "slow down"));

        assertThat(error.errors()).containsExactly(new OaiError(OaiErrorCode.UNKNOWN, "tooManyRequests", "slow down"));
        assertThat(error.describe()).isEqualTo("tooManyRequests (slow down)");
    }

    @Test
    void anHtmlPageIsNotAnOaiResponse() {
        byte[] html = "<html><body>Please enable JavaScript</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(html)).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("expected the root element {http://www.openarchives.org/OAI/2.0/}OAI-PMH but found {}html");
    }

    @Test
    void anEmptyBodyIsMalformed() {
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("OAI-PMH response");
    }

    @Test
    void aTruncatedPageIsMalformedAndSaysWhere() {
        String full = new String(fixture("oai-list-records-first-page.xml"), StandardCharsets.UTF_8);
        byte[] truncated = full.substring(0, full.indexOf("<resumptionToken")).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(truncated)).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("OAI-PMH response is not well-formed XML at line");
    }

    @Test
    void aBadDatestampIsMalformed() {
        String page = new String(fixture("oai-list-identifiers.xml"), StandardCharsets.UTF_8).replace("2026-11-04", "4 Nov 2026");

        assertThatThrownBy(() -> reader.read(page.getBytes(StandardCharsets.UTF_8))).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("datestamp '4 Nov 2026'");
    }

    private static byte[] errorResponse(String code, String message) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
                  <responseDate>2026-11-30T08:00:00Z</responseDate>
                  <request verb="ListRecords">https://archive.example.org/oai2d</request>
                  <error code="%s">%s</error>
                </OAI-PMH>
                """.formatted(code, message).getBytes(StandardCharsets.UTF_8);
    }
}
