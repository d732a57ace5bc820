package io.verbatim.parser.structure;

import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.country.Country;
import io.verbatim.parser.country.CountryTable;
import io.verbatim.parser.language.InterpretationNotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import io.verbatim.parser.language.MatchKey;
import io.verbatim.parser.vocabulary.Vocabulary;

/**
 * Reads the label that opens a speech turn: a head (the chair, a titled name), then bracketed notes
 * (country, affiliation, interpretation note) in ASCII, full-width or mirrored brackets, perhaps a
 * function after a comma ({@code , Rapporteur of the Sixth Committee}) and more notes, then a colon.
 * Anything else — a sentence that ends with a colon, a name followed by a comma, the cover's President
 * line with its dot leaders — is not a label.
 */
public final class SpeakerLabelReader {

    private static final int MAX_HEAD = 80;
    private static final int MAX_LABEL = 260;
    private static final Pattern DOT_LEADERS = Pattern.compile("[.…·_]{5,}|(?:\\. ){4,}");

    private static final int MAX_FUNCTION = 120;

    private final CountryTable countries;
    private final List<String> functionKeys;
    private final Set<String> organizationKeys;

    public SpeakerLabelReader(CountryTable countries) {
        this(countries, Vocabulary.bundled());
    }

    public SpeakerLabelReader(CountryTable countries, Vocabulary vocabulary) {
        this.countries = countries;
        this.functionKeys = vocabulary.phrases("label-functions").stream().map(MatchKey::of).distinct().toList();
        this.organizationKeys = vocabulary.phrases("organizations").stream().map(MatchKey::of).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<SpeakerLabel> read(String paragraph) {
        String text = paragraph.strip();
        int headEnd = headEnd(text);
        if (headEnd <= 0) {
            return Optional.empty();
        }
        String head = text.substring(0, headEnd).strip();
        Optional<String> headRole = SpeakerHeads.roleOf(head);
        if (headRole.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        int end = readNotes(text, headEnd, notes);
        String function = null;
        if (end > 0 && end < text.length() && isComma(text.charAt(end)) && !notes.isEmpty()) {
            int functionEnd = functionEnd(text, end + 1);
            if (functionEnd < 0) {
                return Optional.empty();
            }
            function = text.substring(end + 1, functionEnd).strip();
            end = readNotes(text, functionEnd, notes);
        }
        if (end < 0 || end >= text.length() || !isColon(text.charAt(end))) {
            return Optional.empty();
        }
        int labelEnd = end + 1;
        String window = text.substring(0, Math.min(text.length(), labelEnd + 120));
        if (DOT_LEADERS.matcher(window).find()) {
            return Optional.empty();
        }
        return Optional.of(label(head, headRole.get(), notes, function, labelEnd));
    }

    /**
     * Whether a line that is no label could be the first line of one broken over a line break: its head
     * is a speaker's, and the line stops before the label's colon.
     */
    public boolean mayBeginLabel(String line) {
        String text = line.strip();
        int headEnd = headEnd(text);
        if (headEnd < 0 && text.length() <= MAX_HEAD && text.indexOf(',') < 0 && text.indexOf('，') < 0) {
            headEnd = text.length();
        }
        return headEnd > 0 && SpeakerHeads.roleOf(text.substring(0, headEnd).strip()).isPresent();
    }

    /** The end of a function after the notes: where the colon or the next note starts; -1 when it is none. */
    private int functionEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_FUNCTION);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (isColon(c) || isBracket(c)) {
                String key = MatchKey.of(text.substring(from, i));
                return functionKeys.stream().anyMatch(key::contains) ? i : -1;
            }
            if (c == '.' || c == ';' || c == '。' || c == '；') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a line starts with something shaped like a label; used to split run-together paragraphs. */
    public boolean startsLabel(String line) {
        return read(line).isPresent();
    }

    private SpeakerLabel label(String head, String headRole, List<String> notes, String function, int length) {
        String spokenLanguage = null;
        Country country = null;
        String affiliation = null;
        boolean organization = false;
        for (String note : notes) {
            Optional<String> language = InterpretationNotes.language(note);
            if (language.isPresent()) {
                spokenLanguage = language.get();
                continue;
            }
            Optional<Country> found = countries.find(note);
            if (found.isPresent() && country == null) {
                country = found.get();
            } else if (affiliation == null) {
                affiliation = note.strip();
                organization = organizationKeys.contains(MatchKey.of(affiliation));
            }
        }
        if (function != null) {
            affiliation = affiliation == null ? function : affiliation + ", " + function;
        }
        String role = headRole;
        if (SpeakerHeads.PERSON.equals(headRole)) {
            // Rapporteurs and officials speak for no State; an organization's speaker does speak for it.
            role = country == null && affiliation != null && !organization ? SpeechTurn.OTHER : SpeechTurn.SPEAKER;
        }
        return new SpeakerLabel(head, role, country == null ? null : country.iso3(),
                country == null ? null : country.printedName(), affiliation, spokenLanguage, length);
    }

    /** Index where the head stops: at the first bracket or colon, or -1 when none comes soon enough. */
    private static int headEnd(String text) {
        int limit = Math.min(text.length(), MAX_HEAD);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (isColon(c) || isBracket(c)) {
                return i;
            }
            if (c == ',' || c == '，' || c == ';' || c == '。' || c == '،') {
                return -1;
            }
        }
        return -1;
    }

    /** Reads bracketed notes from {@code from}; returns the index after them (spaces skipped), or -1. */
    private static int readNotes(String text, int from, List<String> notes) {
        int i = skipSpaces(text, from);
        while (i < text.length() && isBracket(text.charAt(i))) {
            int close = closingBracket(text, i);
            if (close < 0 || close > MAX_LABEL) {
                return -1;
            }
            notes.add(text.substring(i + 1, close).strip());
            i = skipSpaces(text, close + 1);
        }
        return i;
    }

    /**
     * The bracket closing the one at {@code open}, allowing one level of nesting, e.g.
     * {@code (Rapporteur of the Fourth Committee (Special Political))}. Extractors of Arabic may mirror
     * brackets, so a note may open with ')' and close with '('.
     */
    private static int closingBracket(String text, int open) {
        char first = text.charAt(open);
        boolean mirrored = first == ')' || first == '）';
        int depth = 0;
        for (int i = open + 1; i < text.length() && i <= MAX_LABEL; i++) {
            char c = text.charAt(i);
            boolean opens = mirrored ? c == ')' || c == '）' : c == '(' || c == '（';
            boolean closes = mirrored ? c == '(' || c == '（' : c == ')' || c == '）';
            if (opens) {
                depth++;
            } else if (closes) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (isColon(c) && depth == 0 && !mirrored) {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '：' || c == '\uFE55';
    }

    private static boolean isComma(char c) {
        return c == ',' || c == '،' || c == '，';
    }

    private static boolean isBracket(char c) {
        return c == '(' || c == ')' || c == '（' || c == '）';
    }
}
