package io.verbatim.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.Paragraph;
import io.verbatim.contracts.record.Person;
import io.verbatim.contracts.record.SpeechTurn;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTests {

    @Test
    void parsedEventSurvivesTheRoundTripWithDatesAsIsoStrings() {
        var speech = new SpeechTurn(1, "比尔韦特先生", SpeechTurn.SPEAKER, "DEU", "德国", null, "en", "谢谢主席先生。", 2,
                "4", null, List.of());
        var record = new MeetingRecord(MeetingRecord.MEETING_RECORD, "CD/PV.1511", "zh", "Conference on Disarmament",
                null, 1511, LocalDate.of(2019, 6, 28), "14:40", "14:30", "16:55", "Geneva",
                new Person("杨志勇先生", "VNM", "越南"), "GE.20-01397", null, 19, true,
                List.of(new Paragraph(2, "谢谢主席先生。")), List.of(), List.of(speech), List.of(), List.of());
        var event = new ParsedEvent(ParsedEvent.SCHEMA_VERSION, "e1", "r1", "inbox", "a.txt", "a.txt", "abc",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:01Z"), record);

        byte[] json = EventJson.toBytes(event);

        assertThat(new String(json)).contains("\"date\":\"2019-06-28\"").contains("\"fetchedAt\":\"2026-01-01T00:00:00Z\"")
                .doesNotContain("\"title\"");
        assertThat(EventJson.fromBytes(json, ParsedEvent.class)).isEqualTo(event);
    }

    @Test
    void aFetchedEventCarriesWhatTheArchiveSaysAboutTheRecord() {
        var metadata = new SourceMetadata("S/PV.9001", "fr", "Security Council", "9001st meeting", LocalDate.of(2025, 4, 2),
                List.of("Threats to international peace and security"));
        var event = new FetchedEvent(FetchedEvent.SCHEMA_VERSION, "e1", "r1", "undl", "oai:undl:1", "S_PV.9001-FR.pdf",
                "application/pdf", "abc", 3, "fr", Instant.parse("2026-01-01T00:00:00Z"), metadata);

        byte[] json = EventJson.toBytes(event);

        assertThat(new String(json)).contains("\"date\":\"2025-04-02\"").contains("\"schemaVersion\":3");
        assertThat(EventJson.fromBytes(json, FetchedEvent.class)).isEqualTo(event);
    }

    @Test
    void aWithdrawalTravelsWithoutContentAndAnOlderEventIsNoWithdrawal() {
        var deletion = FetchedEvent.deletion("r1", "undl", "oai:undl:1", "fr", Instant.parse("2026-02-01T00:00:00Z"));

        FetchedEvent read = EventJson.fromBytes(EventJson.toBytes(deletion), FetchedEvent.class);
        ParsedEvent passedOn = ParsedEvent.deletionOf(read, Instant.parse("2026-02-01T00:00:01Z"));

        assertThat(read).isEqualTo(deletion);
        assertThat(read.deleted()).isTrue();
        assertThat(read.sha256()).isNull();
        assertThat(EventJson.fromBytes(EventJson.toBytes(passedOn), ParsedEvent.class).deleted()).isTrue();
        String versionTwo = """
                {"schemaVersion":2,"eventId":"e1","recordId":"r1","sourceId":"inbox","sourceRecordId":"a.txt","fileName":"a.txt",
                 "sha256":"abc","size":3,"fetchedAt":"2026-01-01T00:00:00Z"}""";
        assertThat(EventJson.fromBytes(versionTwo.getBytes(), FetchedEvent.class).deleted()).isFalse();
    }

    @Test
    void aVersionOneFetchedEventIsStillReadWithoutSourceMetadata() {
        String json = """
                {"schemaVersion":1,"eventId":"e1","recordId":"r1","sourceId":"inbox","sourceRecordId":"a.txt","fileName":"a.txt",
                 "sha256":"abc","size":3,"fetchedAt":"2026-01-01T00:00:00Z"}""";

        FetchedEvent event = EventJson.fromBytes(json.getBytes(), FetchedEvent.class);

        assertThat(event.schemaVersion()).isEqualTo(1);
        assertThat(event.fileName()).isEqualTo("a.txt");
        assertThat(event.sourceMetadata()).isNull();
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        String json = """
                {"schemaVersion":2,"recordId":"r1","sha256":"abc","size":3,"somethingNew":true}""";

        FetchedEvent event = EventJson.fromBytes(json.getBytes(), FetchedEvent.class);

        assertThat(event.recordId()).isEqualTo("r1");
        assertThat(event.schemaVersion()).isEqualTo(2);
    }

    @Test
    void aParsedRecordWithoutListsHasEmptyLists() {
        String json = """
                {"schemaVersion":1,"recordId":"r1","record":{"symbol":"CD/PV.1511","pageCount":1}}""";

        MeetingRecord record = EventJson.fromBytes(json.getBytes(), ParsedEvent.class).record();

        assertThat(record.speeches()).isEmpty();
        assertThat(record.paragraphs()).isEmpty();
        assertThat(record.agenda()).isEmpty();
        assertThat(record.events()).isEmpty();
        assertThat(record.warnings()).isEmpty();
        assertThat(record.fullText()).isEmpty();
    }

    @Test
    void invalidJsonSaysWhichEventItIsNot() {
        assertThatThrownBy(() -> EventJson.fromBytes("{not json".getBytes(), FetchedEvent.class))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("not a valid FetchedEvent");
    }
}
