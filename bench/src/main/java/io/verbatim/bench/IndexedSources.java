package io.verbatim.bench;

import io.verbatim.bench.VariedRecords.VariedRecord;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.ProceduralEvent;
import io.verbatim.contracts.record.SpeechTurn;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A varied record as index-service stores it: one {@code verbatim-speeches} source per turn and one
 * {@code verbatim-documents} source, with the fields of index-service's {@code SpeechSource} and {@code DocumentSource}
 * (the bench does not depend on index-service; the mappings ignore what they do not know, {@code dynamic: false}).
 * A document's text is its turns' text: the copies have no paragraphs of their own.
 */
final class IndexedSources {

    private IndexedSources() {
    }

    static Map<String, Object> speech(VariedRecord record, SpeechTurn turn) {
        MeetingRecord template = record.template();
        Map<String, Object> source = new LinkedHashMap<>();
        common(source, record);
        source.put("seq", turn.seq());
        source.put("speaker", turn.speaker());
        source.put("role", turn.role());
        source.put("country", turn.country());
        source.put("countryName", turn.countryName());
        source.put("affiliation", turn.affiliation());
        source.put("spokenLanguage", turn.spokenLanguage());
        source.put("presidentName", turn.presidentName());
        source.put("agendaItem", turn.agendaItem());
        source.put("page", turn.page());
        source.put("text", turn.text());
        List<String> reported = template.events().stream().filter(e -> e.afterSeq() == turn.seq())
                .map(ProceduralEvent::text).toList();
        source.put("procedure", reported.isEmpty() ? null : String.join("\n", reported));
        source.put("fileName", fileName(record));
        source.put("indexedAt", indexedAt(record).toString());
        source.values().removeIf(Objects::isNull);
        return source;
    }

    static Map<String, Object> document(VariedRecord record) {
        MeetingRecord template = record.template();
        Map<String, Object> source = new LinkedHashMap<>();
        common(source, record);
        source.put("sourceId", "bench-search");
        source.put("sourceRecordId", record.recordId());
        source.put("fileName", fileName(record));
        source.put("documentType", template.documentType());
        source.put("title", template.title());
        source.put("startTime", template.startTime());
        source.put("endTime", template.endTime());
        source.put("place", template.place());
        source.put("president", template.president());
        source.put("jobNumber", template.jobNumber());
        source.put("distribution", template.distribution());
        source.put("pageCount", template.pageCount());
        source.put("hasTextLayer", template.hasTextLayer());
        source.put("speechCount", record.speeches().size());
        source.put("countries", record.speeches().stream().map(SpeechTurn::country).filter(Objects::nonNull).distinct().toList());
        source.put("text", record.speeches().stream().map(SpeechTurn::text).collect(Collectors.joining("\n\n")));
        source.put("agenda", template.agenda());
        source.put("events", template.events());
        Instant at = indexedAt(record);
        source.put("fetchedAt", at.toString());
        source.put("parsedAt", at.toString());
        source.put("indexedAt", at.toString());
        source.values().removeIf(Objects::isNull);
        return source;
    }

    static String speechId(VariedRecord record, SpeechTurn turn) {
        return RecordIds.speechId(record.recordId(), turn.seq());
    }

    private static void common(Map<String, Object> source, VariedRecord record) {
        MeetingRecord template = record.template();
        source.put("recordId", record.recordId());
        source.put("recordVersion", 1);
        source.put("sha256", RecordIds.sha256Hex(record.recordId().getBytes(StandardCharsets.UTF_8)));
        source.put("symbol", record.symbol());
        source.put("body", template.body());
        source.put("meetingNumber", record.meetingNumber());
        source.put("date", record.date().toString());
        source.put("language", template.language());
    }

    private static String fileName(VariedRecord record) {
        return record.symbol().replace('/', '_') + "_" + record.template().language() + ".txt";
    }

    /** The day after the meeting: archives publish a record once it is issued. */
    private static Instant indexedAt(VariedRecord record) {
        return record.date().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
