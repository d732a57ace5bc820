package io.verbatim.parser;

import io.verbatim.contracts.SourceMetadata;
import io.verbatim.contracts.record.AgendaItem;
import io.verbatim.contracts.record.MeetingRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Takes what the archive says about a record as a hint: it fills each field the text did not give, and
 * where both give one and they differ, the text's stays and a warning names both.
 */
final class SourceMetadataHints {

    private SourceMetadataHints() {
    }

    static MeetingRecord apply(MeetingRecord r, SourceMetadata source) {
        if (source == null) {
            return r;
        }
        List<String> warnings = new ArrayList<>(r.warnings());
        String symbol = pick("symbol", r.symbol(), normaliseSymbol(source.symbol()), warnings);
        String language = pick("language", r.language(), source.language(), warnings);
        String body = pick("body", r.body(), source.body(), warnings);
        String title = r.title() != null ? r.title() : source.title();
        LocalDate date = pick("date", r.date(), source.date(), warnings);
        List<AgendaItem> agenda = r.agenda().isEmpty()
                ? source.agendaItems().stream().map(item -> new AgendaItem(null, item, false)).toList()
                : r.agenda();
        return new MeetingRecord(r.documentType(), symbol, language, body, title, r.meetingNumber(), date, r.startTime(),
                r.announcedTime(), r.endTime(), r.place(), r.president(), r.jobNumber(), r.distribution(), r.pageCount(),
                r.hasTextLayer(), r.paragraphs(), agenda, r.speeches(), r.events(), warnings);
    }

    private static <T> T pick(String field, T fromText, T fromSource, List<String> warnings) {
        if (fromText == null) {
            return fromSource;
        }
        if (fromSource != null && !Objects.equals(fromText, fromSource)) {
            warnings.add("the archive gives " + field + " " + fromSource + " but the text says " + fromText + "; the text's is kept");
        }
        return fromText;
    }

    /** MARC writes {@code S/RES/2538 (2020)} and {@code S/RES/1888(2009)} alike: spaces do not make a symbol. */
    private static String normaliseSymbol(String symbol) {
        return symbol == null ? null : symbol.strip().replaceAll("\\s+", " ").replaceAll("\\s*\\(", " (");
    }
}
