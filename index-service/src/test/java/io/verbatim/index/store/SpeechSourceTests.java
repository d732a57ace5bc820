package io.verbatim.index.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.ProceduralEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechSourceTests {

    @Test
    void aTurnCarriesWhatTheRecordReportsBeforeTheNextTurn() {
        MeetingRecord record = recordWith(List.of(
                new ProceduralEvent(ProceduralEvent.OPENING, "The meeting was called to order at 10 a.m.", "10:00", 1, 0, null, null, null),
                new ProceduralEvent(ProceduralEvent.ADOPTION, "The draft resolution was adopted (resolution 71/158).", null, 2, 1, "68", null, null),
                new ProceduralEvent(ProceduralEvent.CLOSING, "The meeting rose at 1 p.m.", "13:00", 3, 1, null, null, null)));

        assertThat(SpeechSource.procedureAfter(record, 1))
                .isEqualTo("The draft resolution was adopted (resolution 71/158).\nThe meeting rose at 1 p.m.");
        assertThat(SpeechSource.procedureAfter(record, 2)).isNull();
    }

    private static MeetingRecord recordWith(List<ProceduralEvent> events) {
        return new MeetingRecord(MeetingRecord.MEETING_RECORD, "A/71/PV.65", "en", "General Assembly", null, 65,
                LocalDate.of(2016, 12, 19), "10:00", "10:00", "13:00", "New York", null, "16-43375", null, 3, true,
                List.of(), List.of(), List.of(), events, List.of());
    }
}
