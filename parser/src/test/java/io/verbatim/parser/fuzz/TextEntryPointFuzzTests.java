package io.verbatim.parser.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@code MeetingRecordParser.parse(InputStream, ...)} with bytes presented as a text record.
 *
 * <p>By default this runs in regression mode: each file under {@code TextEntryPointFuzzTestsInputs/<method>/}
 * in the test resources (seeds and saved crash inputs) is one test case, in well under a second. With
 * {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}, and a crashing input is written to that directory so
 * that it becomes a regression case; see parser/README.md. No JUnit {@code @Timeout}: JUnit would apply it to
 * the whole fuzzing run; a hang is caught by libFuzzer's {@code -timeout}, given in the command there.
 */
class TextEntryPointFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void textRecordParsesOrIsRefusedWithAReason(byte[] bytes) {
        ParseOutcome.assertRecordOrClearRefusal(bytes, "record.txt", "text/plain");
    }
}
