package io.verbatim.simulator.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.simulator.render.PdfFonts;
import io.verbatim.simulator.render.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PDFs drawn with the standard font read back like their text editions. */
class GeneratedPdfParsesTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();
    private static final MeetingPlanner PLANNER = new MeetingPlanner(42);

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "FR", "ES"})
    void parserReadsThePdfOfALatinScriptEdition(Language language) throws Exception {
        PdfRenderer renderer = new PdfRenderer(new PdfFonts(List.of()));
        for (int recordNumber = 1; recordNumber <= 3; recordNumber++) {
            ExpectedRecord expected = PLANNER.expected(recordNumber, language);
            byte[] pdf = renderer.render(new MeetingTextWriter(Edition.of(language)).write(PLANNER.plan(recordNumber)), language, expected.symbol());

            MeetingRecord record = PARSER.parse(new ByteArrayInputStream(pdf), "record.pdf", "application/pdf");

            assertThat(record.symbol()).isEqualTo(expected.symbol());
            assertThat(record.meetingNumber()).isEqualTo(expected.meetingNumber());
            assertThat(record.speeches()).as(expected.symbol() + " (" + language.code() + ")")
                    .extracting(SpeechTurn::speaker, SpeechTurn::country)
                    .containsExactlyElementsOf(expected.turns().stream()
                            .map(t -> org.assertj.core.groups.Tuple.tuple(t.speaker(), t.country())).toList());
        }
    }
}
