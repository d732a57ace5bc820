package io.verbatim.contracts.record;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A document read into structure: the payload of {@code verbatim.parsed} and the output of
 * {@code ./verbatim parse}. Meeting records have speeches; other documents have clean text and metadata.
 *
 * @param documentType  {@code meeting-record} or {@code document}
 * @param symbol        UN document symbol, e.g. {@code CD/PV.1511}
 * @param language      ISO 639-1 language of the text
 * @param body          English name of the organ, e.g. {@code Conference on Disarmament}
 * @param startTime     {@code HH:MM}, 24-hour clock: when the meeting was called to order, else the time announced
 * @param announcedTime {@code HH:MM}: the time the heading announces, which the opening may not keep
 * @param jobNumber     e.g. {@code GE.20-01397} or {@code 16-43375}
 * @param hasTextLayer  false for a scan without text: indexed by metadata only
 * @param paragraphs    clean text: running headers and footers removed, lines rejoined, with the page of
 *                      each paragraph
 * @param warnings      what the parser noticed but could not resolve, in plain words
 */
public record MeetingRecord(
        String documentType,
        String symbol,
        String language,
        String body,
        String title,
        Integer meetingNumber,
        LocalDate date,
        String startTime,
        String announcedTime,
        String endTime,
        String place,
        Person president,
        String jobNumber,
        String distribution,
        int pageCount,
        boolean hasTextLayer,
        List<Paragraph> paragraphs,
        List<AgendaItem> agenda,
        List<SpeechTurn> speeches,
        List<ProceduralEvent> events,
        List<String> warnings) {

    public static final String MEETING_RECORD = "meeting-record";
    public static final String DOCUMENT = "document";

    /** A list missing from the JSON (an older or careless producer) is an empty list, never null. */
    public MeetingRecord {
        paragraphs = paragraphs == null ? List.of() : paragraphs;
        agenda = agenda == null ? List.of() : agenda;
        speeches = speeches == null ? List.of() : speeches;
        events = events == null ? List.of() : events;
        warnings = warnings == null ? List.of() : warnings;
    }

    /** The clean text, paragraphs separated by blank lines. */
    public String fullText() {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
    }
}
