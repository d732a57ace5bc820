package io.verbatim.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.verbatim.contracts.record.AgendaItem;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.parser.MeetingRecordParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AgendaTests {

    @Test
    void anItemTakenUpAgainIsListedOnceWithItsTitle() throws Exception {
        String text = """
                Agenda item 88 (continued)

                General and complete disarmament

                The President: I give the floor to the representative of France.

                Mr. Dupont (France): Thank you.

                Agenda item 90

                Report of the First Committee

                The President: We now turn to item 90.

                Agenda item 88 (continued)

                The President: We return to item 88.
                """;

        MeetingRecord record = new MeetingRecordParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "record.txt", "text/plain");

        assertThat(record.agenda()).extracting(AgendaItem::item, AgendaItem::title).containsExactly(
                tuple("88", "General and complete disarmament"), tuple("90", "Report of the First Committee"));
        assertThat(record.speeches().get(record.speeches().size() - 1).agendaItem()).isEqualTo("88");
    }
}
