package io.verbatim.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OaiDublinCoreRecordReaderTests {

    private final DublinCoreRecordReader reader = new DublinCoreRecordReader();

    @Test
    void readsRecidTitleDateAndTheFilesNamedByTheirSuffix() {
        UnRecord record = reader.read("""
                <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:title>Security Council, 81st year :  9999th meeting</dc:title>
                  <dc:title>Second title, ignored</dc:title>
                  <dc:identifier>https://archive.example.org/record/990001</dc:identifier>
                  <dc:identifier>https://archive.example.org/record/990001/files/S_PV.9999-EN.pdf</dc:identifier>
                  <dc:identifier>https://archive.example.org/record/990001/files/S_PV.9999-FR.pdf</dc:identifier>
                  <dc:date>2026-11-30T00:00:00Z</dc:date>
                  <dc:language>eng</dc:language>
                  <dc:language>fre</dc:language>
                </oai_dc:dc>
                """);

        assertThat(record.recid()).isEqualTo("990001");
        assertThat(record.title()).isEqualTo("Security Council, 81st year : 9999th meeting");
        assertThat(record.date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(record.symbol()).isNull();
        assertThat(record.files()).containsExactly(
                new LanguageFile("en", "https://archive.example.org/record/990001/files/S_PV.9999-EN.pdf"),
                new LanguageFile("fr", "https://archive.example.org/record/990001/files/S_PV.9999-FR.pdf"));
    }

    @Test
    void aSinglePdfWithoutSuffixTakesTheSingleLanguage() {
        UnRecord record = reader.read("""
                <dc xmlns="http://purl.org/dc/elements/1.1/">
                  <identifier>oai:archive.example.org:42</identifier>
                  <identifier>https://files.example.org/statement.pdf</identifier>
                  <language>es</language>
                  <date>2026</date>
                </dc>
                """);

        assertThat(record.recid()).isEqualTo("42");
        assertThat(record.date()).isNull();
        assertThat(record.files()).containsExactly(new LanguageFile("es", "https://files.example.org/statement.pdf"));
    }

    @Test
    void aRecordWithoutPdfHasNoFiles() {
        UnRecord record = reader.read("<dc><identifier>https://archive.example.org/record/7</identifier></dc>");

        assertThat(record.files()).isEmpty();
        assertThat(record.agendaItems()).isEqualTo(List.of());
    }

    @Test
    void somethingElseIsMalformed() {
        assertThatThrownBy(() -> reader.read("<record/>")).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("expected a dc element but found record");
    }
}
