package io.verbatim.simulator.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.MeetingRecordParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The project's parser reads from every edition what the planner says the record contains. */
class GeneratedRecordParsesTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();
    private static final MeetingPlanner PLANNER = new MeetingPlanner(42);

    @ParameterizedTest
    @EnumSource(Language.class)
    void parserReadsSymbolNumberAndSpeakersOfEachSeries(Language language) throws Exception {
        for (int recordNumber = 1; recordNumber <= 30; recordNumber++) {
            ExpectedRecord expected = PLANNER.expected(recordNumber, language);
            String text = new MeetingTextWriter(Edition.of(language)).write(PLANNER.plan(recordNumber)).text();

            MeetingRecord record = PARSER.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    language.code() + ".txt", "text/plain");

            assertThat(record.symbol()).as(expected.symbol()).isEqualTo(expected.symbol());
            assertThat(record.language()).as(expected.symbol()).isEqualTo(language.code());
            assertThat(record.meetingNumber()).as(expected.symbol()).isEqualTo(expected.meetingNumber());
            assertThat(record.body()).as(expected.symbol()).isEqualTo(expected.body());
            assertThat(record.date()).as(expected.symbol()).isEqualTo(expected.date());
            assertThat(record.jobNumber()).as(expected.symbol()).isEqualTo(expected.jobNumber());
            assertThat(record.speeches()).as(expected.symbol() + " (" + language.code() + ")\n" + text)
                    .extracting(SpeechTurn::speaker, SpeechTurn::role, SpeechTurn::country, SpeechTurn::spokenLanguage)
                    .containsExactlyElementsOf(expected.turns().stream()
                            .map(t -> org.assertj.core.groups.Tuple.tuple(t.speaker(), t.role(), t.country(), t.spokenLanguage()))
                            .toList());
        }
    }
}
