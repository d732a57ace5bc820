package io.verbatim.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.contracts.SourceMetadata;
import io.verbatim.contracts.record.AgendaItem;
import io.verbatim.contracts.record.MeetingRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMetadataHintsTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();

    /** A page of speeches whose cover was lost: no symbol, no date, no body in the text. */
    private static final String WITHOUT_COVER = """
            The President: I give the floor to the representative of France.
            Mr. Dupont (France): Thank you, Madam President.
            """;

    @Test
    void theArchiveFillsWhatTheTextLacks() throws Exception {
        var source = new SourceMetadata("S/PV.9001", "en", "Security Council", "Security Council, 80th year : 9001st meeting",
                LocalDate.of(2025, 4, 2), List.of("Threats to international peace and security"));

        MeetingRecord record = parse(WITHOUT_COVER, source);

        assertThat(record).extracting(MeetingRecord::symbol, MeetingRecord::body, MeetingRecord::date, MeetingRecord::title)
                .containsExactly("S/PV.9001", "Security Council", LocalDate.of(2025, 4, 2), "Security Council, 80th year : 9001st meeting");
        assertThat(record.agenda()).extracting(AgendaItem::title).containsExactly("Threats to international peace and security");
        assertThat(record.speeches()).hasSize(2);
        assertThat(record.warnings()).isEmpty();
    }

    @Test
    void whereTheArchiveAndTheTextDisagreeTheTextWinsAndAWarningSaysSo() throws Exception {
        String text = "United Nations S/PV.9002\nSecurity Council\n" + WITHOUT_COVER;
        var source = new SourceMetadata("S/PV.9001", "en", "Security Council", null, null, List.of());

        MeetingRecord record = parse(text, source);

        assertThat(record.symbol()).isEqualTo("S/PV.9002");
        assertThat(record.warnings()).singleElement().asString().contains("S/PV.9001").contains("S/PV.9002");
    }

    @Test
    void symbolsAreComparedWithTheirWhitespaceNormalised() throws Exception {
        String text = "United Nations S/PV.9001\nSecurity Council\n" + WITHOUT_COVER;

        MeetingRecord record = parse(text, new SourceMetadata("  S/PV.9001 ", null, null, null, null, null));

        assertThat(record.warnings()).isEmpty();
    }

    private static MeetingRecord parse(String text, SourceMetadata source) throws Exception {
        return PARSER.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "record.txt", "text/plain", source);
    }
}
