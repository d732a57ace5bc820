package io.verbatim.parser.structure;

import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.language.MatchKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the part of a label before the brackets: the chair in every form and language, the
 * Secretary-General, or a personal title followed by a name. Returns the role that head implies.
 */
final class SpeakerHeads {

    static final String PERSON = "person";

    private static final Set<String> CHAIR = keys(
            "The President", "The Acting President", "The Temporary President", "The Chair", "The Acting Chair",
            "The Chairman", "The Acting Chairman", "The Chairperson", "The Acting Chairperson", "The Co-Chair",
            "Le Président", "La Présidente", "Le Président par intérim", "La Présidente par intérim",
            "Le Président temporaire", "La Présidente temporaire",
            "El Presidente", "La Presidenta", "El Presidente interino", "La Presidenta interina",
            "El Presidente provisional", "La Presidenta provisional",
            "Председатель", "Исполняющий обязанности Председателя", "Исполняющая обязанности Председателя",
            "Временный Председатель",
            "主席", "代理主席", "临时主席",
            "الرئيس", "الرئيسة", "الرئيس بالنيابة", "الرئيسة بالنيابة", "الرئيس المؤقت", "رئيس الجلسة");

    private static final Set<String> SECRETARY_GENERAL = keys(
            "The Secretary-General", "Le Secrétaire général", "La Secrétaire générale", "El Secretario General",
            "La Secretaria General", "Генеральный секретарь", "秘书长", "الأمين العام", "الأمينة العامة");

    private static final Set<String> OFFICIALS = keys(
            "The Deputy Secretary-General", "The Secretary", "The Acting Secretary", "The Secretary-General of the Conference",
            "La Vice-Secrétaire générale", "Le Vice-Secrétaire général", "Le Secrétaire", "La Secrétaire",
            "La Vicesecretaria General", "El Vicesecretario General", "El Secretario", "La Secretaria",
            "Первый заместитель Генерального секретаря", "Заместитель Генерального секретаря", "Секретарь",
            "常务副秘书长", "副秘书长", "秘书", "会议秘书长",
            "نائبة الأمين العام", "نائب الأمين العام", "الأمين", "الأمينة");

    private static final String LATIN_TITLE = "(?:(?:El|La|Le)\\s+)?(?:Mr|Mrs|Ms|Miss|Mx|M|Mme|Mlle|Mgr|Msgr|Sr|Sra|Srta|Dr|Dra|Prof"
            + "|Dame|Sir|Lord|Lady|Baroness|Baron|Archbishop|Monsignor|Monseñor|Cardinal|Sheikh|Sheikha|Prince|Princess"
            + "|Princesse|Father|Rev|Reverend|Judge|Justice|Ambassador|Embajador|Embajadora|Don|Doña|S\\.E\\.|H\\.E\\.)\\.?";
    private static final String PARTICLE = "(?:de|da|do|dos|das|del|della|di|du|des|van|von|der|den|ter|la|le|bin|bint|ibn|al|el|y|e|zu|af|ben|abu|ould|wa|bte)";
    private static final String LATIN_TOKEN = "(?:(?:[dlDL]['’])?\\p{Lu}[\\p{L}'’.\\-]*|" + PARTICLE + "(?:[-'’]\\p{L}[\\p{L}'’\\-]*)?)";
    private static final Pattern LATIN_PERSON = Pattern.compile(
            LATIN_TITLE + "\\s+" + LATIN_TOKEN + "(?:\\s+" + LATIN_TOKEN + "){0,7}");

    private static final String CYRILLIC_TITLE = "(?:Г-н|Г-жа|г-н|г-жа|Гн|Гжа|Д-р|Архиепископ|Монсеньор|Шейх|Принц|Принцесса|Его Превосходительство|Ее Превосходительство)\\.?";
    private static final String CYRILLIC_TOKEN = "(?:\\p{Lu}[\\p{L}'’.\\-]*|(?:де|да|дос|дель|ван|фон|аль|эль|бен|бин|ибн|ла|ле|ди|ду)(?:-\\p{L}[\\p{L}\\-]*)?)";
    private static final Pattern CYRILLIC_PERSON = Pattern.compile(
            CYRILLIC_TITLE + "\\s+" + CYRILLIC_TOKEN + "(?:\\s+" + CYRILLIC_TOKEN + "){0,7}");

    private static final Pattern ARABIC_PERSON = Pattern.compile(
            "(?:السيد|السيدة|الآنسة|السير|الشيخ|الشيخة|الأمير|الأميرة|الدكتور|الدكتورة|المطران|المونسنيور|الكاردينال|سعادة|القاضي|البارونة|اللورد|الليدي|السفير|السفيرة)"
                    + "\\s+\\p{IsArabic}+(?:[\\s\\-]+\\p{IsArabic}+){0,7}");

    private static final List<String> CHINESE_TITLES = List.of(
            "先生", "女士", "夫人", "小姐", "阁下", "博士", "勋爵", "爵士", "大主教", "主教", "蒙席", "亲王", "王子", "公主", "殿下", "酋长", "陛下", "法官");
    private static final Pattern CHINESE_PERSON = Pattern.compile(
            "[\\p{IsHan}·・•\\p{IsLatin}\\- ]{1,24}?(?:" + String.join("|", CHINESE_TITLES) + ")");
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

    private static Set<String> keys(String... heads) {
        return java.util.Arrays.stream(heads).map(MatchKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
