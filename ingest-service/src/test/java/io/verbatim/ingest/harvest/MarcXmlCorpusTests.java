package io.verbatim.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real meeting records extracted from a UN Digital Library {@code /search?of=xm} response. */
class MarcXmlCorpusTests {

    private List<UnRecord> records;

    @BeforeEach
    void readExtract() throws IOException {
        byte[] extract = Files.readAllBytes(SharedCorpus.requireFile("undl/meeting-records-extract.xml"));
        records = new MarcXmlRecordReader().readAll(extract);
    }

    @Test
    void symbolsDatesAndTypesOfEveryRecord() {
        assertThat(records).extracting(UnRecord::recid, UnRecord::symbol, UnRecord::date, r -> r.recordType().isMeetingRecord())
                .containsExactly(
                        tuple("3878808", "S/RES/2538 (2020)", LocalDate.of(2020, 8, 28), false),
                        tuple("3879191", "S/RES/2538(2020)", LocalDate.of(2020, 8, 28), false),
                        tuple("3992555", "S/PV.9158 (Resumption 1)", LocalDate.of(2022, 10, 20), true),
                        tuple("704833", "S/PV.6547", LocalDate.of(2011, 6, 7), true),
                        tuple("3992257", "S/PV.9158", LocalDate.of(2022, 10, 20), true),
                        tuple("3949047", "S/PV.8907", LocalDate.of(2021, 11, 17), true),
                        tuple("3942375", "S/PV.8867", LocalDate.of(2021, 9, 28), true),
                        tuple("3936216", "S/PV.8833", LocalDate.of(2021, 8, 12), true));
    }

    @Test
    void everyMeetingRecordHasItsSixLanguages() {
        assertThat(records).filteredOn(r -> r.recordType().isMeetingRecord())
                .allSatisfy(r -> assertThat(r.files()).extracting(LanguageFile::language)
                        .containsExactlyInAnyOrder("ar", "zh", "en", "fr", "ru", "es"));
    }

    @Test
    void theFilesOfAResumptionKeepTheirEncodedUrls() {
        UnRecord resumption = record("3992555");

        assertThat(resumption.file("en")).map(LanguageFile::url)
                .contains("https://digitallibrary.un.org/record/3992555/files/S_PV.9158_%28Resumption_1%29-EN.pdf");
        assertThat(resumption.file("zh")).map(LanguageFile::url)
                .contains("https://digitallibrary.un.org/record/3992555/files/S_PV.9158_%28Resumption_1%29-ZH.pdf");
    }

    @Test
    void theResolutionHasItsGermanFileLabelledOther() {
        assertThat(record("3878808").files()).extracting(LanguageFile::language)
                .containsExactly("ar", "de", "en", "es", "fr", "ru", "zh");
    }

    @Test
    void aVotingRecordHasNoFiles() {
        assertThat(record("3879191").files()).isEmpty();
        assertThat(record("3879191").recordType().codes()).containsExactly("B23");
    }

    @Test
    void aMeetingRecordGivesTitleBodyAndAgendaToTheParser() {
        UnRecord meeting = record("3949047");

        assertThat(meeting.title()).isEqualTo("Security Council, 76th year: 8907th meeting, Wednesday, 17 November 2021, New York");
        assertThat(meeting.body()).isEqualTo("Security Council");
        assertThat(meeting.agendaItems()).containsExactly("The situation in Somalia");
        assertThat(meeting.deleted()).isFalse();
        assertThat(meeting.relatedDocuments()).isEmpty();
    }

    @Test
    void theResolutionNamesItsDraft() {
        assertThat(record("3878808").relatedDocuments()).containsExactly(new RelatedDocument("S/2020/838", RelatedDocument.Kind.DRAFT));
        assertThat(record("3878808").title()).isEqualTo("Resolution 2538 (2020)");
    }

    private UnRecord record(String recid) {
        return records.stream().filter(r -> r.recid().equals(recid)).findFirst().orElseThrow();
    }
}
