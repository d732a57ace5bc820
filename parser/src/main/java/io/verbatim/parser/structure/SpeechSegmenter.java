package io.verbatim.parser.structure;

import io.verbatim.contracts.record.AgendaItem;
import io.verbatim.contracts.record.Paragraph;
import io.verbatim.contracts.record.Person;
import io.verbatim.contracts.record.ProceduralEvent;
import io.verbatim.contracts.record.RecordedVote;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.country.CountryTable;
import io.verbatim.parser.language.InterpretationNotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks the paragraphs of a record in order and sorts each into a speech turn (opened by a speaker's
 * label, continued by unlabelled paragraphs), a procedural event, an agenda heading, a recorded vote, or
 * the front matter before the first turn. Stateless; one instance serves every record.
 */
public final class SpeechSegmenter {

    private final SpeakerLabelReader labels;
    private final ProceduralEventReader events = new ProceduralEventReader();
    private final AgendaHeadingReader agendaHeadings = new AgendaHeadingReader();
    private final RecordedVoteReader votes;
    private final ChairChangeReader chairChanges;

    public SpeechSegmenter(CountryTable countries) {
        this.labels = new SpeakerLabelReader(countries);
        this.votes = new RecordedVoteReader(countries);
        this.chairChanges = new ChairChangeReader(countries);
    }

    public Segmentation segment(List<Paragraph> paragraphs, String recordLanguage, Person president) {
        return new Walk(paragraphs, recordLanguage, president == null ? null : president.name()).run();
    }

    /** The state of one pass over one record. */
    private final class Walk {
        private final List<Paragraph> paragraphs;
        private final List<String> texts;
        private final String recordLanguage;
        private String chair;
        private final List<Paragraph> front = new ArrayList<>();
        private final List<SpeechTurn> turns = new ArrayList<>();
        private final List<ProceduralEvent> eventList = new ArrayList<>();
        private final List<AgendaItem> agenda = new ArrayList<>();
        private TurnDraft current;
        private String agendaItem;

        Walk(List<Paragraph> paragraphs, String recordLanguage, String chair) {
            this.paragraphs = paragraphs;
            this.texts = paragraphs.stream().map(Paragraph::text).toList();
            this.recordLanguage = recordLanguage;
            this.chair = chair;
        }

        Segmentation run() {
            int i = 0;
            while (i < paragraphs.size()) {
                i = step(i);
            }
            finishTurn();
            return new Segmentation(front, turns, eventList, agenda);
        }

        /** Handles the paragraph at {@code i}; returns the index of the next one to read. */
        private int step(int i) {
            Paragraph paragraph = paragraphs.get(i);
            String text = paragraph.text().strip();
            Optional<String> switchTo = languageNoteAlone(text);
            if (switchTo.isPresent()) {
                if (current != null) {
                    current.switchLanguage(switchTo.get());
                }
                return i + 1;
            }
            Optional<SpeakerLabel> label = labels.read(text);
            if (label.isPresent()) {
                finishTurn();
                current = new TurnDraft(turns.size() + 1, label.get(), recordLanguage, paragraph.page(), agendaItem, chair);
                current.append(text.substring(label.get().length()));
                return i + 1;
            }
            Optional<String> event = events.typeOf(text);
            if (event.isPresent()) {
                return event(i, event.get(), paragraph);
            }
            Optional<AgendaItem> heading = agendaHeadings.read(text);
            if (heading.isPresent()) {
                return agendaHeading(i, heading.get());
            }
            if (current != null) {
                current.append(text);
            } else {
                front.add(paragraph);
            }
            return i + 1;
        }

        private int event(int i, String type, Paragraph paragraph) {
            int afterSeq = current != null ? current.seq() : turns.size();
            Person person = null;
            RecordedVote vote = null;
            int next = i + 1;
            if (type.equals(ProceduralEvent.CHANGE_OF_CHAIR)) {
                person = chairChanges.read(paragraph.text()).orElse(null);
                if (person != null) {
                    chair = person.name();
                }
            } else if (type.equals(ProceduralEvent.RECORDED_VOTE)) {
                String context = String.join("\n", texts.subList(Math.max(0, i - 3), i));
                RecordedVoteReader.Read read = votes.read(texts, i + 1, context);
                vote = read.vote();
                next = read.next();
            }
            eventList.add(new ProceduralEvent(type, paragraph.text().strip(), ProceduralEventReader.timeOf(paragraph.text()),
                    paragraph.page(), afterSeq, agendaItem, person, vote));
            return next;
        }

        private int agendaHeading(int i, AgendaItem heading) {
            AgendaItem item = heading;
            int next = i + 1;
            if (item.title() == null && next < texts.size() && looksLikeTitle(texts.get(next))) {
                item = new AgendaItem(item.item(), texts.get(next).strip(), item.continued());
                next++;
            }
            addToAgenda(item);
            agendaItem = item.item();
            return next;
        }

        /** Each item once: a later heading of the same item ("continued") only gives a title still missing. */
        private void addToAgenda(AgendaItem item) {
            for (int k = 0; k < agenda.size(); k++) {
                AgendaItem known = agenda.get(k);
                if (java.util.Objects.equals(known.item(), item.item())) {
                    if (known.title() == null && item.title() != null) {
                        agenda.set(k, new AgendaItem(known.item(), item.title(), known.continued()));
                    }
                    return;
                }
            }
            agenda.add(item);
        }

        private boolean looksLikeTitle(String text) {
            String t = text.strip();
            return t.length() < 250 && labels.read(t).isEmpty() && events.typeOf(t).isEmpty()
                    && agendaHeadings.read(t).isEmpty() && !t.endsWith(".") && !t.endsWith("。");
        }

        private void finishTurn() {
            if (current != null) {
                turns.add(current.build());
                current = null;
            }
        }
    }

    /** A paragraph that is nothing but an interpretation note: the speaker changes language here. */
    private static Optional<String> languageNoteAlone(String text) {
        if (text.length() > 40 || text.length() < 4) {
            return Optional.empty();
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        boolean bracketed = (first == '(' || first == '（' || first == ')' || first == '）')
                && (last == ')' || last == '）' || last == '(' || last == '（');
        return bracketed ? InterpretationNotes.language(text.substring(1, text.length() - 1)) : Optional.empty();
    }
}
