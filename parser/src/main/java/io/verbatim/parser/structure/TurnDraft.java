package io.verbatim.parser.structure;

import io.verbatim.contracts.record.LanguageSwitch;
import io.verbatim.contracts.record.SpeechTurn;
import java.util.ArrayList;
import java.util.List;

/** A speech turn being collected, paragraph by paragraph. */
final class TurnDraft {

    private static final String PARAGRAPH_BREAK = "\n\n";

    private final int seq;
    private final SpeakerLabel label;
    private final String spokenLanguage;
    private final int page;
    private final String agendaItem;
    private final String presidentName;
    private final StringBuilder text = new StringBuilder();
    private final List<LanguageSwitch> switches = new ArrayList<>();

    TurnDraft(int seq, SpeakerLabel label, String recordLanguage, int page, String agendaItem, String presidentName) {
        this.seq = seq;
        this.label = label;
        this.spokenLanguage = label.spokenLanguage() != null ? label.spokenLanguage() : recordLanguage;
        this.page = page;
        this.agendaItem = agendaItem;
        this.presidentName = SpeechTurn.PRESIDENT.equals(label.role()) ? presidentName : null;
    }

    int seq() {
        return seq;
    }

    void append(String paragraph) {
        if (paragraph.isBlank()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(PARAGRAPH_BREAK);
        }
        text.append(paragraph.strip());
    }

    /** From the next paragraph on, the speaker uses {@code language}. */
    void switchLanguage(String language) {
        int offset = text.isEmpty() ? 0 : text.length() + PARAGRAPH_BREAK.length();
        switches.add(new LanguageSwitch(offset, language));
    }

    SpeechTurn build() {
        return new SpeechTurn(seq, label.speaker(), label.role(), label.country(), label.countryName(), label.affiliation(),
                spokenLanguage, text.toString(), page, agendaItem, presidentName, List.copyOf(switches));
    }
}
