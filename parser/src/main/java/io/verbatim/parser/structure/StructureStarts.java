package io.verbatim.parser.structure;

import io.verbatim.parser.country.CountryTable;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether a line opens a new structural unit even without an indent or a blank line before it: a
 * speaker's label, a procedural event, an agenda heading, a vote list. Extractions of two-column pages
 * often lose indents, and these are the paragraphs that must not be glued to the one before.
 */
public final class StructureStarts implements Predicate<String> {

    private static final Pattern VOTE_HEADING = Pattern.compile(
            "(?iu)^(in favou?r|against|abstaining|votent pour|votent contre|s[’']abstiennent|votos a favor|votos en contra"
                    + "|abstenciones|голосовали за|голосовали против|воздержались|赞成|反对|弃权|المؤيدون|المعارضون|الممتنعون)\\s*[:：].*");

    private static final LeadingCharacterFilter VOTE_HEADING_FILTER = new LeadingCharacterFilter(VOTE_HEADING);

    private final SpeakerLabelReader labels;
    private final ProceduralEventReader events = new ProceduralEventReader();
    private final AgendaHeadingReader agendaHeadings = new AgendaHeadingReader();

    public StructureStarts(CountryTable countries) {
        this.labels = new SpeakerLabelReader(countries);
    }

    @Override
    public boolean test(String line) {
        return labels.startsLabel(line)
                || events.typeOf(line).isPresent()
                || agendaHeadings.read(line).isPresent()
                || VOTE_HEADING_FILTER.mayMatch(line) && VOTE_HEADING.matcher(line).matches();
    }

    /** Whether the line may open a label that a line break cuts (see {@link SpeakerLabelReader#mayBeginLabel}). */
    public boolean mayStartOverLineBreak(String line) {
        return labels.mayBeginLabel(line);
    }
}
