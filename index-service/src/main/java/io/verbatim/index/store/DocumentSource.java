package io.verbatim.index.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.record.AgendaItem;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.Person;
import io.verbatim.contracts.record.ProceduralEvent;
import io.verbatim.contracts.record.SpeechTurn;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One record as stored in {@code verbatim-documents}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentSource(
        String recordId, long recordVersion, String sha256, String sourceId, String sourceRecordId, String fileName,
        String documentType, String symbol, String language, String body, String title, Integer meetingNumber,
        String date, String startTime, String endTime, String place, Person president, String jobNumber,
        String distribution, int pageCount, boolean hasTextLayer, int speechCount, List<String> countries,
        String text, List<AgendaItem> agenda, List<ProceduralEvent> events, List<String> warnings,
        Instant fetchedAt, Instant parsedAt, Instant indexedAt) {

    public static DocumentSource of(ParsedEvent event, long recordVersion, Instant indexedAt) {
        MeetingRecord record = event.record();
        List<SpeechTurn> speeches = record.speeches();
        List<String> countries = speeches.stream().map(SpeechTurn::country).filter(Objects::nonNull).distinct().toList();
        return new DocumentSource(event.recordId(), recordVersion, event.sha256(), event.sourceId(),
                event.sourceRecordId(), event.fileName(), record.documentType(), record.symbol(), record.language(),
                record.body(), record.title(), record.meetingNumber(),
                record.date() == null ? null : record.date().toString(), record.startTime(), record.endTime(),
                record.place(), record.president(), record.jobNumber(), record.distribution(), record.pageCount(),
                record.hasTextLayer(), speeches.size(), countries, record.fullText(), record.agenda(), record.events(),
                record.warnings(), event.fetchedAt(), event.parsedAt(), indexedAt);
    }
}
