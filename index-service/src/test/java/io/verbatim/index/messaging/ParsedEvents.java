package io.verbatim.index.messaging;

import io.verbatim.contracts.FetchedEvent;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.Paragraph;
import io.verbatim.contracts.record.Person;
import io.verbatim.contracts.record.SpeechTurn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds parsed events of a synthetic Chinese meeting record with a given number of speech turns. */
public final class ParsedEvents {

    private ParsedEvents() {
    }

    public static String newRecordId() {
        return RecordIds.recordId("test", UUID.randomUUID().toString(), "zh");
    }

    public static ParsedEvent record(String recordId, String symbol, int speechCount, Instant fetchedAt) {
        List<SpeechTurn> speeches = new ArrayList<>();
        for (int seq = 1; seq <= speechCount; seq++) {
            boolean chair = seq % 2 == 1;
            speeches.add(new SpeechTurn(seq, chair ? "主席" : "比尔韦特先生", chair ? SpeechTurn.PRESIDENT : SpeechTurn.SPEAKER,
                    chair ? null : "DEU", chair ? null : "德国", null, "en",
                    "第" + seq + "次发言：消极安全保证是裁谈会议程的核心项目之一。", 2, "4", chair ? "杨志勇先生" : null, List.of()));
        }
        String sha = RecordIds.sha256Hex((recordId + fetchedAt).getBytes());
        MeetingRecord record = new MeetingRecord(MeetingRecord.MEETING_RECORD, symbol, "zh", "Conference on Disarmament",
                null, 1511, LocalDate.of(2019, 6, 28), "14:40", "14:30", "16:55", "Geneva", new Person("杨志勇先生", "VNM", "越南"),
                "GE.20-01397", null, 3, true, List.of(new Paragraph(2, "消极安全保证")), List.of(), speeches, List.of(),
                List.of());
        return new ParsedEvent(ParsedEvent.SCHEMA_VERSION, RecordIds.eventId("parsed", recordId, sha), recordId, "test",
                recordId, symbol.replace('/', '_') + ".txt", sha, fetchedAt, fetchedAt.plusSeconds(1), record);
    }

    /** The same event as if it came from {@code sourceId}, which says it published the record at {@code publishedAt}. */
    public static ParsedEvent fromSource(String sourceId, Instant publishedAt, ParsedEvent event) {
        return new ParsedEvent(event.schemaVersion(), event.eventId(), event.recordId(), sourceId, event.sourceRecordId(),
                event.fileName(), event.sha256(), event.fetchedAt(), event.parsedAt(), event.record(), event.deleted(), publishedAt);
    }

    public static ParsedEvent deletion(String recordId, Instant seenAt) {
        return ParsedEvent.deletionOf(FetchedEvent.deletion(recordId, "test", recordId, "zh", seenAt), seenAt.plusSeconds(1));
    }
}
