package io.verbatim.parser.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.Paragraph;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.parser.UnparseableDocumentException;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The property every fuzz test checks: whatever the bytes, parsing ends either in a record whose invariants
 * hold or in an {@link UnparseableDocumentException} that says why. Any other throwable (a runtime exception,
 * {@code StackOverflowError}, {@code OutOfMemoryError}) escapes and is a finding.
 */
final class ParseOutcome {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();

    private ParseOutcome() {
    }

    static void assertRecordOrClearRefusal(byte[] bytes, String fileName, String mediaTypeHint) {
        MeetingRecord record;
        try {
            record = PARSER.parse(new ByteArrayInputStream(bytes), fileName, mediaTypeHint);
        } catch (UnparseableDocumentException e) {
            assertThat(e.getMessage()).as("reason of the refusal").isNotBlank();
            return;
        }
        assertInvariants(record);
    }

    static void assertInvariants(MeetingRecord record) {
        assertThat(record).isNotNull();
        assertThat(record.pageCount()).as("page count").isGreaterThanOrEqualTo(1);
        assertThat(record.paragraphs()).as("paragraphs").isNotNull().doesNotContainNull();
        assertThat(record.agenda()).as("agenda").isNotNull();
        assertThat(record.events()).as("events").isNotNull();
        assertThat(record.warnings()).as("warnings").isNotNull();
        for (Paragraph paragraph : record.paragraphs()) {
            assertThat(paragraph.page()).as("page of a paragraph").isBetween(1, record.pageCount());
        }
        List<SpeechTurn> speeches = record.speeches();
        assertThat(speeches).as("speeches").isNotNull();
        for (int i = 0; i < speeches.size(); i++) {
            SpeechTurn turn = speeches.get(i);
            assertThat(turn.seq()).as("seq of turn %d", i + 1).isEqualTo(i + 1);
            assertThat(turn.speaker()).as("speaker of turn %d", i + 1).isNotBlank();
            assertThat(turn.page()).as("page of turn %d", i + 1).isBetween(1, record.pageCount());
        }
    }
}
