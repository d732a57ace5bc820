package io.verbatim.parser.structure;

import io.verbatim.contracts.record.Person;
import java.time.LocalDate;

/** What a record's cover and running headers say about the meeting. Any field may be null. */
public record MeetingMetadata(
        String symbol,
        String body,
        String title,
        Integer meetingNumber,
        LocalDate date,
        String announcedTime,
        String place,
        Person president,
        String jobNumber,
        String distribution) {
}
