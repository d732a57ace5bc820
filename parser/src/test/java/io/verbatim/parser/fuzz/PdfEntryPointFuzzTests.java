package io.verbatim.parser.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@code MeetingRecordParser.parse(InputStream, ...)} with bytes presented as a PDF: corrupt, truncated,
 * encrypted and empty files must end in a clear refusal, never in a crash.
 *
 * <p>Regression mode (the default, part of {@code ./mvnw verify}) runs the seeds and saved crash inputs under
 * {@code PdfEntryPointFuzzTestsInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration}. See
 * parser/README.md.
 */
class PdfEntryPointFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void pdfParsesOrIsRefusedWithAReason(byte[] bytes) {
        ParseOutcome.assertRecordOrClearRefusal(bytes, "record.pdf", "application/pdf");
    }
}
