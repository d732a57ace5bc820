package io.verbatim.ingest.harvest;

import static io.verbatim.ingest.harvest.TestResources.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.contracts.SourceMetadata;
import io.verbatim.ingest.harvest.RelatedDocument.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarcXmlRecordReaderTests {

    private final MarcXmlRecordReader reader = new MarcXmlRecordReader();
    private final List<UnRecord> records = reader.readAll(fixture("undl-synthetic-records.xml"));

    @Test
    void readsEveryRecordOfACollection() {
        assertThat(records).extracting(UnRecord::recid).containsExactly("990001", "990002", "990003");
    }

    @Test
    void aTextEditionCountsOnlyWhereTheLanguageHasNoPdf() {
        String record = """
                <record xmlns="http://www.loc.gov/MARC21/slim">
                  <controlfield tag="001">990009</controlfield>
                  <datafield tag="191" ind1=" " ind2=" "><subfield code="a">S/PV.9998</subfield></datafield>
                  <datafield tag="856" ind1="4" ind2=" "><subfield code="u">https://example.org/files/S_PV.9998-ZH.txt</subfield></datafield>
                  <datafield tag="856" ind1="4" ind2=" "><subfield code="u">https://example.org/files/S_PV.9998-EN.txt</subfield></datafield>
                  <datafield tag="856" ind1="4" ind2=" "><subfield code="u">https://example.org/files/S_PV.9998-EN.pdf</subfield><subfield code="y">English</subfield></datafield>
                  <datafield tag="856" ind1="4" ind2=" "><subfield code="u">https://example.org/files/S_PV.9998-EN.jpg</subfield></datafield>
                </record>""";

        assertThat(reader.read(record).files()).containsExactly(
                new LanguageFile("en", "https://example.org/files/S_PV.9998-EN.pdf"),
                new LanguageFile("zh", "https://example.org/files/S_PV.9998-ZH.txt"));
    }

    @Test
    void theSymbolIsTheFirst191WithSubfieldAWhitespaceNormalised() {
        assertThat(meeting().symbol()).isEqualTo("S/PV.9999 (Resumption 1)");
    }

    @Test
    void aVotingRecordWithout191TakesItsSymbolFrom791() {
        UnRecord voting = records.get(2);

        assertThat(voting.symbol()).isEqualTo("S/RES/2999(2026)");
        assertThat(voting.recordType().codes()).containsExactly("B23");
        assertThat(voting.recordType().collections()).containsExactly("Voting Data");
        assertThat(voting.recordType().isMeetingRecord()).isFalse();
        assertThat(voting.date()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theTitleJoins245aAndBWithoutIsbdPunctuation() {
        assertThat(meeting().title()).isEqualTo("Security Council, 81st year: 9999th meeting, Monday, 30 November 2026, New York");
    }

    @Test
    void theMeetingDateIs992WhenThe269IsOnlyAYear() {
        assertThat(meeting().date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(meeting().modified()).isEqualTo(LocalDateTime.of(2026, 11, 30, 10, 15, 0));
    }

    @Test
    void bodyAndRecordType() {
        assertThat(meeting().body()).isEqualTo("Security Council");
        assertThat(meeting().recordType()).isEqualTo(new RecordType(List.of("B03"),
                List.of("Documents and Publications > Meeting Records > Verbatim Records")));
        assertThat(meeting().recordType().isMeetingRecord()).isTrue();
    }

    @Test
    void agendaEntriesAreListedOnceWithTheirNotes() {
        assertThat(meeting().agenda()).containsExactly(
                new AgendaEntry("[201]", null, "WOMEN IN ARMED CONFLICTS",
                        List.of("At the 9999th meeting, draft resolution S/2026/901 was adopted unanimously: resolution 2999 (2026)")),
                new AgendaEntry("X", "Women and peace and security", null, List.of()));
        assertThat(meeting().agendaItems()).containsExactly("Women and peace and security");
    }

    @Test
    void relatedDocumentsAreTypedByTheFirstIndicator() {
        assertThat(meeting().relatedDocuments()).containsExactly(
                new RelatedDocument("S/RES/2999 (2026)", Kind.RESOLUTION), new RelatedDocument("S/2026/901", Kind.DRAFT));
    }

    @Test
    void oneFilePerLanguageFromNfdLabelsPlainLabelsAndFileNames() {
        assertThat(meeting().files()).containsExactly(
                new LanguageFile("fr", "https://archive.example.org/record/990001/files/S_PV.9999_%28Resumption_1%29-FR.pdf"),
                new LanguageFile("es", "https://archive.example.org/record/990001/files/S_PV.9999_%28Resumption_1%29-ES.pdf"),
                new LanguageFile("en", "http://archive.example.org/record/990001/files/S_PV.9999_%28Resumption_1%29-EN.pdf"),
                new LanguageFile("de", "https://archive.example.org/record/990001/files/S_PV.9999_%28Resumption_1%29-DE.pdf"),
                new LanguageFile("zh", "https://archive.example.org/record/990001/files/S_PV.9999_%28Resumption_1%29-ZH.pdf"));
    }

    @Test
    void aDeletedRecordIsMarkedAndHasNoFiles() {
        UnRecord deleted = records.get(1);

        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.files()).isEmpty();
        assertThat(meeting().deleted()).isFalse();
    }

    @Test
    void theSourceMetadataOfOneLanguageFile() {
        LanguageFile french = meeting().file("fr").orElseThrow();

        Instant datestamp = Instant.parse("2026-12-01T09:30:00Z");

        assertThat(meeting().sourceMetadata(french, datestamp)).isEqualTo(new SourceMetadata("S/PV.9999 (Resumption 1)", "fr",
                "Security Council", "Security Council, 81st year: 9999th meeting, Monday, 30 November 2026, New York",
                LocalDate.of(2026, 11, 30), List.of("Women and peace and security"), datestamp));
    }

    @Test
    void aRecordWithoutTheMarcNamespaceIsReadAlike() {
        UnRecord resolution = reader.readAll(fixture("undl-record-without-namespace.xml")).get(0);

        assertThat(resolution.symbol()).isEqualTo("S/RES/2999 (2026)");
        assertThat(resolution.title()).isEqualTo("Resolution 2999 (2026)");
        assertThat(resolution.date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(resolution.modified()).isEqualTo(LocalDateTime.of(2026, 11, 30, 9, 0, 0));
        assertThat(resolution.relatedDocuments()).containsExactly(new RelatedDocument("S/PV.9999", Kind.MEETING_RECORD));
        assertThat(resolution.files()).containsExactly(
                new LanguageFile("ru", "https://archive.example.org/record/990004/files/S_RES_2999_%282026%29-RU.pdf"));
    }

    @Test
    void aPrefixedRecordAsOaiMetadataIsReadAlike() {
        String prefixed = """
                <marc:record xmlns:marc="http://www.loc.gov/MARC21/slim">
                  <marc:controlfield tag="001">990005</marc:controlfield>
                  <marc:datafield tag="191" ind1=" " ind2=" "><marc:subfield code="a">A/81/PV.12</marc:subfield></marc:datafield>
                </marc:record>
                """;

        assertThat(reader.read(prefixed)).extracting(UnRecord::recid, UnRecord::symbol, UnRecord::files)
                .containsExactly("990005", "A/81/PV.12", List.of());
    }

    @Test
    void somethingElseThanMarcIsMalformed() {
        assertThatThrownBy(() -> reader.readAll("<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("expected a MARCXML collection or record but found rss");
    }

    private UnRecord meeting() {
        return records.get(0);
    }
}
