package io.verbatim.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.Paragraph;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.parser.UnparseableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPathTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();

    @TempDir
    Path dir;

    @Test
    void readsAMultiPageRecordWithoutItsHeadersAndFooters() throws Exception {
        Path pdf = dir.resolve("CD_PV.1511.pdf");
        TestPdfs.write(pdf, "CD/PV.1511", "GE.20-01397", List.of(
                List.of("Conference on Disarmament",
                        "Final record of the one thousand five hundred and eleventh plenary meeting",
                        "Held at the Palais des Nations, Geneva, on Friday, 28 June 2019, at 2.40 p.m.",
                        "President: Mr. Yang Zhiyong ........................................ (Viet Nam)",
                        "  The President: I call to order the 1511th plenary meeting of the Conference on",
                        "Disarmament. As announced, we will hear the Foreign Minister of Austria this after-",
                        "noon and then continue with agenda item 4.",
                        "  Mr. Biontino (Germany): Thank you, Mr. President. Let me begin by thanking you for",
                        "inviting me to share some thoughts on negative security assurances with the"),
                List.of("Conference, a subject that has been with us for a long time.",
                        "  It is worth noting that the subsidiary body agreed on common ground last year.",
                        "  The President: I thank the Ambassador of Germany for his statement.",
                        "The meeting rose at 4.55 p.m.")));

        MeetingRecord record = PARSER.parse(pdf);

        assertThat(record).extracting(MeetingRecord::symbol, MeetingRecord::jobNumber, MeetingRecord::meetingNumber, MeetingRecord::date,
                        MeetingRecord::startTime, MeetingRecord::endTime, MeetingRecord::pageCount, MeetingRecord::hasTextLayer)
                .containsExactly("CD/PV.1511", "GE.20-01397", 1511, LocalDate.of(2019, 6, 28), "14:40", "16:55", 2, true);
        assertThat(record.fullText()).doesNotContain("GE.20-01397").doesNotContain("CD/PV.1511\n");
        assertThat(record.speeches()).extracting(SpeechTurn::speaker, SpeechTurn::page)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The President", 1), org.assertj.core.groups.Tuple.tuple("Mr. Biontino", 1),
                        org.assertj.core.groups.Tuple.tuple("The President", 2));
        SpeechTurn germany = record.speeches().get(1);
        assertThat(germany.text()).contains("with the Conference, a subject").contains("\n\nIt is worth noting");
        assertThat(record.speeches().get(0).text()).contains("this afternoon and then");
        assertThat(record.paragraphs()).extracting(Paragraph::page).contains(1, 2);
    }

    @Test
    void refusesAnEncryptedPdf() throws Exception {
        Path pdf = dir.resolve("secret.pdf");
        TestPdfs.writeEncrypted(pdf);

        assertThatThrownBy(() -> PARSER.parse(pdf)).isInstanceOf(UnparseableDocumentException.class).hasMessage("PDF is encrypted");
    }

    @Test
    void refusesACorruptPdf() throws Exception {
        Path pdf = dir.resolve("broken.pdf");
        Files.writeString(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf at all\n%%EOF");

        assertThatThrownBy(() -> PARSER.parse(pdf)).isInstanceOf(UnparseableDocumentException.class).hasMessageStartingWith("damaged PDF");
    }

    @Test
    void refusesAPdfWithoutPages() throws Exception {
        Path pdf = dir.resolve("no-pages.pdf");
        try (PDDocument document = new PDDocument()) {
            document.save(pdf.toFile());
        }

        assertThatThrownBy(() -> PARSER.parse(pdf)).isInstanceOf(UnparseableDocumentException.class).hasMessage("damaged PDF: no pages");
    }

    @Test
    void refusesAFileNamedPdfWithoutAPdfHeader() throws Exception {
        Path pdf = dir.resolve("CD_PV.1511.pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'X', 'F', 1, 2, 3});

        assertThatThrownBy(() -> PARSER.parse(pdf)).isInstanceOf(UnparseableDocumentException.class).hasMessage("not a PDF: damaged header");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));

        assertThatThrownBy(() -> PARSER.parse(empty)).isInstanceOf(UnparseableDocumentException.class).hasMessage("empty file");
        try (InputStream in = new ByteArrayInputStream(new byte[0])) {
            assertThatThrownBy(() -> PARSER.parse(in, "x.txt", null)).hasMessage("empty file");
        }
    }

    @Test
    void aScanWithoutTextLayerIsADocumentWithAWarning() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        TestPdfs.writeImageOnly(pdf, 2);

        MeetingRecord record = PARSER.parse(pdf);

        assertThat(record.hasTextLayer()).isFalse();
        assertThat(record.pageCount()).isEqualTo(2);
        assertThat(record.speeches()).isEmpty();
        assertThat(record.warnings()).anySatisfy(w -> assertThat(w).contains("no text layer"));
    }

    @Test
    void readsAPdfFromAStreamWhateverItsName() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        TestPdfs.write(pdf, "CD/PV.1", "GE.20-00001", List.of(List.of("  The President: Good morning.")));

        try (InputStream in = Files.newInputStream(pdf)) {
            MeetingRecord record = PARSER.parse(in, "upload.bin", null);
            assertThat(record.speeches()).singleElement().extracting(SpeechTurn::text).isEqualTo("Good morning.");
        }
    }
}
