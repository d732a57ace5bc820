package io.verbatim.parser.structure;

import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.language.MatchKey;
import io.verbatim.parser.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the Secretariat's briefers from speakers who represent someone. A label such as {@code Ms. DiCarlo:}
 * carries no country, so the record's own words decide: the chair introduces a briefer with a Secretariat
 * title ({@code Ms. Rosemary DiCarlo, Under-Secretary-General for Political and Peacebuilding Affairs};
 * Chinese puts the title first: {@code 副秘书长罗斯玛丽·迪卡洛女士}). Such a speaker's turns get the role
 * {@link SpeechTurn#OTHER}; a bracketless speaker introduced otherwise (the head of the European Union's
 * delegation) stays a speaker.
 */
public final class SecretariatSpeakers {

    /** Declined names ({@code Флетчера} for {@code Флетчер}) may run this many letters past the name. */
    private static final int MAX_ENDING = 3;
    /** How far before a name a Chinese title may stand, given names and their separator included. */
    private static final int MAX_TITLE_DISTANCE_BEFORE = 14;

    private final List<String> titleKeys;

    public SecretariatSpeakers(Vocabulary vocabulary) {
        this.titleKeys = vocabulary.phrases("secretariat-titles").stream().map(MatchKey::of).distinct().toList();
    }

    /** The turns, with those of Secretariat briefers given the role {@code other}. */
    public List<SpeechTurn> assignRoles(List<SpeechTurn> turns, String recordText) {
        String text = MatchKey.of(recordText);
        List<SpeechTurn> result = new ArrayList<>(turns.size());
        for (SpeechTurn turn : turns) {
            result.add(isCandidate(turn) && introducedWithTitle(text, MatchKey.of(PresidentLineReader.withoutTitle(turn.speaker())))
                    ? withRole(turn, SpeechTurn.OTHER) : turn);
        }
        return result;
    }

    private static boolean isCandidate(SpeechTurn turn) {
        return SpeechTurn.SPEAKER.equals(turn.role()) && turn.country() == null && turn.affiliation() == null;
    }

    private boolean introducedWithTitle(String text, String name) {
        if (name.length() < 2) {
            return false;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = endOfWord(text, at + name.length());
            if (end < 0) {
                continue;
            }
            if (titleFollows(text, end) || titleStandsBefore(text, at)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the name's word, allowing a short case ending; -1 when the name is part of a longer word. */
    private static int endOfWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end)) && !isHan(text.charAt(end))) {
            end++;
        }
        return end - from <= MAX_ENDING ? end : -1;
    }

    private boolean titleFollows(String text, int from) {
        int i = from;
        while (i < text.length() && ", ،，".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == from) {
            return false;
        }
        for (String title : titleKeys) {
            if (text.startsWith(title, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean titleStandsBefore(String text, int nameStart) {
        if (nameStart == 0 || !isHan(text.charAt(nameStart))) {
            return false;
        }
        int from = Math.max(0, nameStart - MAX_TITLE_DISTANCE_BEFORE - 8);
        String before = text.substring(from, nameStart);
        for (String title : titleKeys) {
            int at = before.lastIndexOf(title);
            if (at >= 0 && before.length() - at - title.length() <= MAX_TITLE_DISTANCE_BEFORE
                    && noClauseBreak(before.substring(at + title.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean noClauseBreak(String between) {
        return between.chars().noneMatch(c -> "，。；、,;.:：".indexOf(c) >= 0);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static SpeechTurn withRole(SpeechTurn t, String role) {
        return new SpeechTurn(t.seq(), t.speaker(), role, t.country(), t.countryName(), t.affiliation(), t.spokenLanguage(),
                t.text(), t.page(), t.agendaItem(), t.presidentName(), t.languageSwitches());
    }
}
