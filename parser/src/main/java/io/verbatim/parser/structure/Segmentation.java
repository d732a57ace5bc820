package io.verbatim.parser.structure;

import io.verbatim.contracts.record.AgendaItem;
import io.verbatim.contracts.record.Paragraph;
import io.verbatim.contracts.record.ProceduralEvent;
import io.verbatim.contracts.record.SpeechTurn;
import java.util.List;

/**
 * A record's body read into structure.
 *
 * @param front the paragraphs before the first speech turn (cover, title, President's line)
 */
public record Segmentation(List<Paragraph> front, List<SpeechTurn> turns, List<ProceduralEvent> events, List<AgendaItem> agenda) {

    public Segmentation withTurns(List<SpeechTurn> newTurns) {
        return new Segmentation(front, newTurns, events, agenda);
    }
}
