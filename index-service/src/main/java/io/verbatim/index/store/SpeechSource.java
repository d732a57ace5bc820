package io.verbatim.index.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.ProceduralEvent;
import io.verbatim.contracts.record.SpeechTurn;
import java.time.Instant;
import java.util.List;

/**
 * One speech turn as stored in {@code verbatim-speeches}, with the record's fields copied in: no joins; and what the
 * record reports after it ({@code procedure}), so that a search for a resolution finds the turn its adoption follows.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpeechSource(
        String recordId, long recordVersion, String sha256, int seq, String symbol, String body, Integer meetingNumber,
        String date, String language, String speaker, String role, String country, String countryName,
        String affiliation, String spokenLanguage, String presidentName, String agendaItem, int page, String text,
        String procedure, String fileName, Instant indexedAt) {

    public static SpeechSource of(ParsedEvent event, SpeechTurn turn, long recordVersion, Instant indexedAt) {
        MeetingRecord record = event.record();
        return new SpeechSource(event.recordId(), recordVersion, event.sha256(), turn.seq(), record.symbol(),
                record.body(), record.meetingNumber(), record.date() == null ? null : record.date().toString(),
                record.language(), turn.speaker(), turn.role(), turn.country(), turn.countryName(), turn.affiliation(),
                turn.spokenLanguage(), turn.presidentName(), turn.agendaItem(), turn.page(), turn.text(),
                procedureAfter(record, turn.seq()), event.fileName(), indexedAt);
    }

    /** What the record reports between this turn and the next (adoptions, votes, suspensions); null when nothing. */
    static String procedureAfter(MeetingRecord record, int seq) {
        List<String> reported = record.events().stream().filter(e -> e.afterSeq() == seq).map(ProceduralEvent::text).toList();
        return reported.isEmpty() ? null : String.join("\n", reported);
    }
}
