package io.verbatim.parser.structure;

import io.verbatim.contracts.record.Paragraph;
import io.verbatim.contracts.record.Person;
import io.verbatim.parser.country.CountryTable;
import io.verbatim.parser.layout.Line;
import io.verbatim.parser.layout.RunningHeaderPatterns;
import io.verbatim.parser.vocabulary.Vocabulary;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the meeting's metadata: symbol and job number from the running headers (the most frequent wins,
 * so a symbol quoted in a speech does not), the rest from the cover and title paragraphs.
 */
public final class MeetingMetadataReader {

    private static final int COVER_LINES = 120;
    private static final Pattern DISTRIBUTION = Pattern.compile("(?iu)^\\s*(?:distr\\.?|distribution)\\s*[:：.]\\s*(.+?)\\s*$");
    private static final Map<Pattern, String> PLACES = new LinkedHashMap<>();
    static {
        PLACES.put(Pattern.compile("(?iu)geneva|genève|ginebra|женев|日内瓦|جنيف"), "Geneva");
        PLACES.put(Pattern.compile("(?iu)new york|nueva york|нью-йорк|纽约|نيويورك"), "New York");
        PLACES.put(Pattern.compile("(?iu)vienna|vienne|viena|вене|维也纳|فيينا"), "Vienna");
        PLACES.put(Pattern.compile("(?iu)nairobi|найроби|内罗毕|نيروبي"), "Nairobi");
    }

    private final PresidentLineReader presidentLines;
    private final MeetingNumberReader meetingNumbers = new MeetingNumberReader();
    private final MeetingDateReader dates = new MeetingDateReader();

    /** {@code United Nations S/PV.10124}, {@code Nations Unies S/PV.8418}; the symbol first in visual-order Arabic. */
    private final Pattern mastheadSymbol;

    public MeetingMetadataReader(CountryTable countries, Vocabulary vocabulary) {
        this.presidentLines = new PresidentLineReader(countries, vocabulary);
        String organization = vocabulary.phrases("organization").stream().map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
        String symbol = RunningHeaderPatterns.SYMBOL.pattern();
        this.mastheadSymbol = Pattern.compile("(?u)\\s*" + organization + "\\s*(" + symbol + ")\\s*|\\s*(" + symbol + ")\\s*"
                + organization + "\\s*");
    }

    /**
     * @param lines      every line, headers included
     * @param front      the paragraphs before the first speech turn
     */
    public MeetingMetadata read(List<Line> lines, List<Paragraph> front) {
        List<Line> cover = lines.subList(0, Math.min(lines.size(), COVER_LINES));
        String symbol = symbol(cover, lines);
        String frontText = String.join("\n", front.stream().limit(40).map(Paragraph::text).toList());
        String coverText = frontText + "\n" + String.join("\n", cover.stream().map(Line::text).toList());

        OptionalInt number = meetingNumbers.find(coverText);
        Optional<MeetingDateReader.FoundDate> frontDate = dates.find(frontText);
        Optional<MeetingDateReader.FoundDate> date = frontDate.or(() -> dates.find(coverText));
        String dateSource = frontDate.isPresent() ? frontText : coverText;
        String announcedTime = date.map(d -> ClockTimeReader.first(lineFrom(dateSource, d.end()))).orElse(null);
        String place = date.map(d -> place(lineFrom(dateSource, d.start()))).orElse(null);
        if (place == null) {
            place = place(frontText);
        }
        return new MeetingMetadata(
                symbol,
                BodyNames.fromSymbol(symbol).orElseGet(() -> bodyFromCover(cover)),
                title(front),
                number.isPresent() ? number.getAsInt() : null,
                date.map(MeetingDateReader.FoundDate::date).orElse(null),
                announcedTime,
                place,
                presidentOnCover(cover),
                mostFrequentJobNumber(lines),
                distribution(cover));
    }

    private static String lineFrom(String text, int from) {
        int end = text.indexOf('\n', from);
        return text.substring(from, end < 0 ? text.length() : end);
    }

    private static String place(String text) {
        for (Map.Entry<Pattern, String> place : PLACES.entrySet()) {
            if (place.getKey().matcher(text).find()) {
                return place.getValue();
            }
        }
        return null;
    }

    private String title(List<Paragraph> front) {
        return front.stream().limit(40).map(Paragraph::text)
                .filter(t -> t.length() < 200 && meetingNumbers.find(t).isPresent())
                .findFirst().orElse(null);
    }

    /** The President named on the cover, or null. */
    public Person president(List<Line> lines) {
        return presidentOnCover(lines.subList(0, Math.min(lines.size(), COVER_LINES)));
    }

    private Person presidentOnCover(List<Line> cover) {
        for (Line line : cover) {
            Optional<Person> president = presidentLines.read(line.text());
            if (president.isPresent()) {
                return president.get();
            }
        }
        return null;
    }

    private static String bodyFromCover(List<Line> cover) {
        return cover.stream().map(l -> BodyNames.fromLine(l.text())).flatMap(Optional::stream).findFirst().orElse(null);
    }

    private static String distribution(List<Line> cover) {
        for (Line line : cover) {
            Matcher m = DISTRIBUTION.matcher(line.text());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The symbol beside the Organization's name on the masthead, else the one most running headers print. */
    private String symbol(List<Line> cover, List<Line> lines) {
        for (Line line : cover) {
            Matcher m = mastheadSymbol.matcher(line.text());
            if (m.matches()) {
                return m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            String symbol = RunningHeaderPatterns.symbolOf(line.text());
            if (symbol != null) {
                counts.merge(symbol, 1, Integer::sum);
            }
        }
        return mostFrequent(counts);
    }

    private static String mostFrequentJobNumber(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            if (RunningHeaderPatterns.isRunningLine(line.text())) {
                Matcher m = RunningHeaderPatterns.JOB_NUMBER.matcher(line.text());
                if (m.find()) {
                    counts.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        return mostFrequent(counts);
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

}
