package io.verbatim.parser.structure;

import io.verbatim.contracts.record.RecordedVote;
import io.verbatim.contracts.record.RecordedVote.CountryRef;
import io.verbatim.parser.country.Country;
import io.verbatim.parser.country.CountryTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lists that follow "A recorded vote was taken.": {@code In favour:}, {@code Against:},
 * {@code Abstaining:} and their equivalents, each followed by country names. A list may run over
 * several paragraphs; it ends at the first paragraph that is not mostly country names.
 */
public final class RecordedVoteReader {

    private static final Pattern IN_FAVOUR = Pattern.compile("(?iu)^(in favou?r|votent pour|votos a favor|голосовали за|赞成|المؤيدون)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern AGAINST = Pattern.compile("(?iu)^(against|votent contre|votos en contra|голосовали против|反对|المعارضون)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ABSTAINING = Pattern.compile("(?iu)^(abstaining|abstentions?|s[’']abstiennent|abstenciones|воздержались|弃权|الممتنعون)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;，、،؛]\\s*");
    private static final Pattern DRAFT = Pattern.compile("(?iu)(draft (?:resolution|decision)\\s+(?:[A-Z]+/[\\w./]+|[IVX]+|[A-Z]\\b)|[A-Z]{1,2}/\\d+/L\\.\\d+(?:/Rev\\.\\d+)?)");

    private final CountryTable countries;

    public RecordedVoteReader(CountryTable countries) {
        this.countries = countries;
    }

    /** Result of reading: the vote and the index of the first paragraph after its lists. */
    public record Read(RecordedVote vote, int next) {
    }

    /**
     * @param paragraphs the record's paragraph texts
     * @param from       the paragraph after "A recorded vote was taken."
     * @param context    the text before the vote, where the draft is named
     */
    public Read read(List<String> paragraphs, int from, String context) {
        List<List<CountryRef>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int current = -1;
        int i = from;
        for (; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).strip();
            int heading = headingOf(text);
            if (heading >= 0) {
                current = heading;
                addCountries(listBody(text, heading), lists.get(current));
            } else if (current >= 0 && mostlyCountries(text)) {
                addCountries(text, lists.get(current));
            } else {
                break;
            }
        }
        String outcome = i < paragraphs.size() && new ProceduralEventReader().typeOf(paragraphs.get(i))
                .filter(t -> t.equals(io.verbatim.contracts.record.ProceduralEvent.ADOPTION)).isPresent() ? "adopted" : null;
        return new Read(new RecordedVote(draft(context), List.copyOf(lists.get(0)), List.copyOf(lists.get(1)),
                List.copyOf(lists.get(2)), outcome), i);
    }

    private static int headingOf(String text) {
        if (IN_FAVOUR.matcher(text).matches()) {
            return 0;
        }
        if (AGAINST.matcher(text).matches()) {
            return 1;
        }
        return ABSTAINING.matcher(text).matches() ? 2 : -1;
    }

    private static String listBody(String text, int heading) {
        Pattern pattern = heading == 0 ? IN_FAVOUR : heading == 1 ? AGAINST : ABSTAINING;
        Matcher m = pattern.matcher(text);
        return m.matches() ? m.group(2) : "";
    }

    private void addCountries(String list, List<CountryRef> into) {
        for (String name : SEPARATORS.split(list.replaceAll("[.。]$", ""))) {
            if (name.isBlank() || name.matches("(?iu)none|néant|ninguno|нет|无|لا أحد")) {
                continue;
            }
            Optional<Country> country = countries.find(name);
            into.add(new CountryRef(country.map(Country::iso3).orElse(null), name.strip()));
        }
    }

    private boolean mostlyCountries(String text) {
        String[] names = SEPARATORS.split(text.replaceAll("[.。]$", ""));
        long known = java.util.Arrays.stream(names).filter(n -> countries.find(n).isPresent()).count();
        return names.length > 0 && known * 10 >= names.length * 6L;
    }

    private static String draft(String context) {
        Matcher m = DRAFT.matcher(context);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }
}
