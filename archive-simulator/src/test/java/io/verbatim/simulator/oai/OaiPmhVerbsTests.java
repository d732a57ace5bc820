package io.verbatim.simulator.oai;

import static io.verbatim.simulator.SimulatorClient.all;
import static io.verbatim.simulator.SimulatorClient.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.SimulatorClient;
import io.verbatim.simulator.SimulatorConfig;
import io.verbatim.simulator.TestClock;
import io.verbatim.simulator.archive.Archive;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** Each OAI-PMH verb and error over 30 records catalogued a minute apart, 11:30 to 11:59 on 15 January 2026. */
class OaiPmhVerbsTests {

    private static final Instant OPENED = Instant.parse("2026-01-15T12:00:00Z");
    private static final long FIRST = Archive.FIRST_RECID;

    private final TestClock clock = new TestClock(OPENED);
    private ArchiveSimulator simulator;
    private SimulatorClient client;

    @BeforeEach
    void start() {
        simulator = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(30).pageSize(10).clock(clock)
                .repositoryHost("archive.test").build());
        simulator.start();
        client = new SimulatorClient(simulator);
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void identifyDescribesGranularityEarliestDatestampAndPersistentDeletions() throws Exception {
        Document identify = client.getXml("/oai2d?verb=Identify");

        assertThat(one(identify, "/oai:OAI-PMH/oai:Identify/oai:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(one(identify, "//oai:earliestDatestamp")).isEqualTo("2026-01-15T11:30:00Z");
        assertThat(one(identify, "//oai:deletedRecord")).isEqualTo("persistent");
        assertThat(one(identify, "//oai:protocolVersion")).isEqualTo("2.0");
        assertThat(one(identify, "//oai:baseURL")).isEqualTo(simulator.oaiBaseUrl());
        assertThat(one(identify, "//oai:request/@verb")).isEqualTo("Identify");
    }

    @Test
    void listMetadataFormatsOffersMarcxmlAndDublinCore() throws Exception {
        assertThat(all(client.getXml("/oai2d?verb=ListMetadataFormats"), "//oai:metadataPrefix")).containsExactly("marcxml", "oai_dc");
        assertThat(all(client.getXml("/oai2d?verb=ListMetadataFormats&identifier=oai:archive.test:" + FIRST), "//oai:metadataPrefix"))
                .containsExactly("marcxml", "oai_dc");
    }

    @Test
    void listSetsHasOneSetPerOrgan() throws Exception {
        assertThat(all(client.getXml("/oai2d?verb=ListSets"), "//oai:setSpec"))
                .containsExactly("security-council", "general-assembly", "conference-on-disarmament");
    }

    @Test
    void getRecordGivesTheMarcFieldsTheHarvesterReads() throws Exception {
        Document doc = client.getXml("/oai2d?verb=GetRecord&metadataPrefix=marcxml&identifier=oai:archive.test:" + FIRST);
        String marc = "//oai:metadata/marc:record";

        assertThat(one(doc, "//oai:header/oai:identifier")).isEqualTo("oai:archive.test:" + FIRST);
        assertThat(one(doc, "//oai:header/oai:datestamp")).isEqualTo("2026-01-15T11:30:00Z");
        assertThat(one(doc, marc + "/marc:controlfield[@tag='001']")).isEqualTo(Long.toString(FIRST));
        assertThat(one(doc, marc + "/marc:controlfield[@tag='005']")).isEqualTo("20260115113000.0");
        assertThat(one(doc, marc + "/marc:datafield[@tag='191']/marc:subfield[@code='a']")).isEqualTo("S/PV.9001");
        assertThat(one(doc, marc + "/marc:datafield[@tag='245']/marc:subfield[@code='a']")).isEqualTo("Security Council, 80th year :");
        assertThat(one(doc, marc + "/marc:datafield[@tag='245']/marc:subfield[@code='b']")).isEqualTo("9001st meeting, Tuesday, 9 September 2025, New York");
        assertThat(one(doc, marc + "/marc:datafield[@tag='269']/marc:subfield[@code='a']")).isEqualTo("2025");
        assertThat(one(doc, marc + "/marc:datafield[@tag='992']/marc:subfield[@code='a']")).isEqualTo("2025-09-09");
        assertThat(one(doc, marc + "/marc:datafield[@tag='981']/marc:subfield[@code='a']")).isEqualTo("Security Council");
        assertThat(one(doc, marc + "/marc:datafield[@tag='089']/marc:subfield[@code='b']")).isEqualTo("B03");
        assertThat(one(doc, marc + "/marc:datafield[@tag='989']/marc:subfield[@code='c']")).isEqualTo("Verbatim Records");
        assertThat(all(doc, marc + "/marc:datafield[@tag='856']/marc:subfield[@code='u']"))
                .hasSize(6).allMatch(u -> u.startsWith(simulator.baseUrl() + "/record/" + FIRST + "/files/S_PV.9001-"))
                .anyMatch(u -> u.endsWith("-EN.pdf")).anyMatch(u -> u.endsWith("-FR.pdf"));
        assertThat(all(doc, marc + "/marc:datafield[@tag='856']/marc:subfield[@code='y']").stream()
                .map(y -> Normalizer.normalize(y, Normalizer.Form.NFC)))
                .containsExactly("العربية", "中文", "English", "Français", "Русский", "Español");
    }

    @Test
    void someLanguageLabelsAreDecomposedAsInTheRealData() throws Exception {
        Document doc = client.getXml("/oai2d?verb=ListRecords&metadataPrefix=marcxml");

        assertThat(all(doc, "//marc:datafield[@tag='856']/marc:subfield[@code='y']"))
                .contains("Franc\u0327ais", "Espan\u0303ol", "Français", "Español");
    }

    @Test
    void dublinCoreCarriesTitleSymbolAndDate() throws Exception {
        Document doc = client.getXml("/oai2d?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:archive.test:" + (FIRST + 1));

        assertThat(one(doc, "//oai_dc:dc/dc:title")).isEqualTo("General Assembly, 80th session: 1st plenary meeting, Tuesday, 9 September 2025, New York");
        assertThat(all(doc, "//oai_dc:dc/dc:identifier")).contains("A/80/PV.1");
        assertThat(one(doc, "//oai_dc:dc/dc:date")).isEqualTo("2025-09-09");
    }

    @Test
    void fromAndUntilSelectByDatestampInclusively() throws Exception {
        Document window = client.getXml("/oai2d?verb=ListIdentifiers&metadataPrefix=marcxml&from=2026-01-15T11:35:00Z&until=2026-01-15T11:37:00Z");

        assertThat(all(window, "//oai:header/oai:identifier"))
                .containsExactly("oai:archive.test:" + (FIRST + 5), "oai:archive.test:" + (FIRST + 6), "oai:archive.test:" + (FIRST + 7));
        assertThat(all(client.getXml("/oai2d?verb=ListIdentifiers&metadataPrefix=marcxml&from=2026-01-15"), "//oai:header")).hasSize(10);
        assertThat(one(client.getXml("/oai2d?verb=ListIdentifiers&metadataPrefix=marcxml&until=2026-01-15"), "//oai:resumptionToken/@completeListSize"))
                .isEqualTo("30");
    }

    @Test
    void changedAndPublishedRecordsShowUpAfterTheLastHarvest() throws Exception {
        clock.advance(Duration.ofHours(1));
        simulator.change(FIRST + 3);
        simulator.publish(2);

        Document since = client.getXml("/oai2d?verb=ListIdentifiers&metadataPrefix=marcxml&from=2026-01-15T12:30:00Z");

        assertThat(all(since, "//oai:header/oai:identifier"))
                .containsExactly("oai:archive.test:" + (FIRST + 3), "oai:archive.test:" + (FIRST + 30), "oai:archive.test:" + (FIRST + 31));
        assertThat(all(since, "//oai:header/oai:datestamp")).containsOnly("2026-01-15T13:00:00Z");
    }

    @Test
    void deletedRecordsHaveADeletedHeaderAndNoMetadata() throws Exception {
        clock.advance(Duration.ofMinutes(10));
        simulator.delete(FIRST + 2);

        Document doc = client.getXml("/oai2d?verb=ListRecords&metadataPrefix=marcxml&from=2026-01-15T12:05:00Z");

        assertThat(one(doc, "//oai:record/oai:header/@status")).isEqualTo("deleted");
        assertThat(one(doc, "//oai:record/oai:header/oai:identifier")).isEqualTo("oai:archive.test:" + (FIRST + 2));
        assertThat(all(doc, "//oai:record/oai:metadata")).isEmpty();
        Document export = client.getXml("/record/" + (FIRST + 2) + "/export/xm");
        assertThat(one(export, "//marc:datafield[@tag='980']/marc:subfield[@code='a']")).isEqualTo("DELETED");
    }

    @Test
    void aSetSelectsOneOrgansRecords() throws Exception {
        Document doc = client.getXml("/oai2d?verb=ListRecords&metadataPrefix=marcxml&set=conference-on-disarmament");

        assertThat(all(doc, "//marc:datafield[@tag='191']/marc:subfield[@code='a']"))
                .hasSize(10).allMatch(symbol -> symbol.startsWith("CD/PV."));
        assertThat(all(doc, "//oai:header/oai:setSpec")).containsOnly("conference-on-disarmament");
    }

    @Test
    void anExpiredResumptionTokenIsABadResumptionToken() throws Exception {
        String token = one(client.getXml("/oai2d?verb=ListRecords&metadataPrefix=oai_dc"), "//oai:resumptionToken");
        assertThat(one(client.getXml("/oai2d?verb=ListRecords&resumptionToken=" + token), "//oai:error/@code")).isEmpty();

        simulator.expireResumptionTokens();

        assertThat(one(client.getXml("/oai2d?verb=ListRecords&resumptionToken=" + token), "//oai:error/@code")).isEqualTo("badResumptionToken");
    }

    @Test
    void aTokenOutlivedByTheClockExpires() throws Exception {
        String token = one(client.getXml("/oai2d?verb=ListIdentifiers&metadataPrefix=oai_dc"), "//oai:resumptionToken");

        clock.advance(Duration.ofHours(2));

        assertThat(one(client.getXml("/oai2d?verb=ListIdentifiers&resumptionToken=" + token), "//oai:error/@code")).isEqualTo("badResumptionToken");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "verb=Harvest, badVerb",
            "metadataPrefix=marcxml, badVerb",
            "verb=ListRecords, badArgument",
            "verb=ListRecords&metadataPrefix=marcxml&colour=blue, badArgument",
            "verb=ListRecords&metadataPrefix=marcxml&metadataPrefix=oai_dc, badArgument",
            "verb=ListRecords&metadataPrefix=marcxml&resumptionToken=___x, badArgument",
            "verb=ListRecords&metadataPrefix=marcxml&from=2026-01-15&until=2026-01-15T12:00:00Z, badArgument",
            "verb=ListRecords&metadataPrefix=marcxml&from=15/01/2026, badArgument",
            "verb=GetRecord&identifier=oai:archive.test:4100001, badArgument",
            "verb=ListRecords&metadataPrefix=mods, cannotDisseminateFormat",
            "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:archive.test:1, idDoesNotExist",
            "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.test:4100001, idDoesNotExist",
            "verb=ListRecords&metadataPrefix=marcxml&from=2027-01-01, noRecordsMatch",
            "verb=ListIdentifiers&metadataPrefix=marcxml&set=trusteeship-council, noRecordsMatch",
            "verb=ListRecords&resumptionToken=___never, badResumptionToken",
    })
    void errorsAreAnsweredWithTheirCode(String query, String code) throws Exception {
        Document doc = client.getXml("/oai2d?" + query);

        assertThat(one(doc, "//oai:error/@code")).isEqualTo(code);
        assertThat(one(doc, "//oai:error")).isNotBlank();
        if (code.equals("badVerb") || code.equals("badArgument")) {
            assertThat(one(doc, "//oai:request/@verb")).as("a bad request is not echoed").isEmpty();
        }
    }
}
