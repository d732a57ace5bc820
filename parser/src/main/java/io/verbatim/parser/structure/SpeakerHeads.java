package io.verbatim.parser.structure;

import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.language.MatchKey;
import io.verbatim.parser.vocabulary.Vocabulary;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises the part of a label before the brackets: the chair in every form and language, the
 * Secretary-General, or a personal title followed by a name. Returns the role that head implies.
 */
final class SpeakerHeads {

    static final String PERSON = "person";

    private static final Vocabulary VOCABULARY = Vocabulary.bundled();
    private static final Set<String> CHAIR = keys(VOCABULARY.phrases("chair"));
    private static final Set<String> SECRETARY_GENERAL = keys(VOCABULARY.phrases("secretary-general"));
    private static final Set<String> OFFICIALS = keys(VOCABULARY.phrases("officials"));

    private static final String PARTICLE = "(?:de|da|do|dos|das|del|della|di|du|des|van|von|der|den|ter|la|le|bin|bint|ibn|al|el|y|e|zu|af|ben|abu|ould|wa|bte)";
    private static final String LATIN_TOKEN = "(?:(?:[dlDL]['’])?\\p{Lu}[\\p{L}'’.\\-]*|" + PARTICLE + "(?:[-'’]\\p{L}[\\p{L}'’\\-]*)?)";
    private static final Pattern LATIN_PERSON = Pattern.compile("(?:(?:" + PersonalTitles.articleAlternatives() + ")\\s+)?"
            + "(?:" + PersonalTitles.alternativesIn(UnicodeScript.LATIN) + ")\\.?\\s+" + LATIN_TOKEN + "(?:\\s+" + LATIN_TOKEN + "){0,7}");

    private static final String CYRILLIC_TOKEN = "(?:\\p{Lu}[\\p{L}'’.\\-]*|(?:де|да|дос|дель|ван|фон|аль|эль|бен|бин|ибн|ла|ле|ди|ду)(?:-\\p{L}[\\p{L}\\-]*)?)";
    private static final Pattern CYRILLIC_PERSON = Pattern.compile(
            "(?:" + PersonalTitles.alternativesIn(UnicodeScript.CYRILLIC) + ")\\.?\\s+" + CYRILLIC_TOKEN + "(?:\\s+" + CYRILLIC_TOKEN + "){0,7}");

    private static final Pattern ARABIC_PERSON = Pattern.compile(
            "(?:" + PersonalTitles.alternativesIn(UnicodeScript.ARABIC) + ")\\s+\\p{IsArabic}+(?:[\\s\\-]+\\p{IsArabic}+){0,7}");

    /** Chinese prints the title after the name. */
    private static final List<String> CHINESE_TITLES = PersonalTitles.written(UnicodeScript.HAN);
    private static final Pattern CHINESE_PERSON = Pattern.compile(
            "[\\p{IsHan}·・•\\p{IsLatin}\\- ]{1,24}?(?:" + PersonalTitles.alternativesIn(UnicodeScript.HAN) + ")");
    private static final Pattern CHINESE_NOT_A_NAME = Pattern.compile("^(主席|副主席|谢谢|感谢|请|现在|各位|尊敬的).*");

    private SpeakerHeads() {
    }

    /** The role a head implies ({@link #PERSON} for a titled name), or empty when it is no speaker's head. */
    static Optional<String> roleOf(String head) {
        String key = MatchKey.of(head);
        if (CHAIR.contains(key)) {
            return Optional.of(SpeechTurn.PRESIDENT);
        }
        if (SECRETARY_GENERAL.contains(key)) {
            return Optional.of(SpeechTurn.SECRETARY_GENERAL);
        }
        if (OFFICIALS.contains(key)) {
            return Optional.of(SpeechTurn.OTHER);
        }
        if (isPerson(head)) {
            return Optional.of(PERSON);
        }
        return Optional.empty();
    }

    private static boolean isPerson(String head) {
        String h = head.replace('\u2011', '-').replace('\u00A0', ' ');
        return LATIN_PERSON.matcher(h).matches()
                || CYRILLIC_PERSON.matcher(h).matches()
                || ARABIC_PERSON.matcher(h).matches()
                || endsWithChineseTitle(h) && CHINESE_PERSON.matcher(h).matches() && !CHINESE_NOT_A_NAME.matcher(h).matches();
    }

    /** Checked first because the pattern retries every length of name before it fails. */
    private static boolean endsWithChineseTitle(String head) {
        return CHINESE_TITLES.stream().anyMatch(head::endsWith);
    }

    private static Set<String> keys(List<String> heads) {
        return heads.stream().map(MatchKey::of).collect(Collectors.toUnmodifiableSet());
    }

}
