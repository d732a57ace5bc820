package io.verbatim.parser.layout;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of the cover masthead and notices that are not part of the record's text: the name of the
 * Organization, the language edition, "Official Records", distribution lines, the corrections notice.
 */
final class CoverMasthead {

    private static final Set<String> LINES = Set.of(
            "united nations", "nations unies", "naciones unidas", "организация объединенных наций", "联合国", "الأمم المتحدة",
            "english", "french", "spanish", "russian", "arabic", "chinese",
            "anglais", "français", "espagnol", "russe", "arabe", "chinois",
            "inglés", "francés", "español", "ruso", "árabe", "chino",
            "английский", "французский", "испанский", "русский", "арабский", "китайский",
            "英文", "法文", "西班牙文", "俄文", "阿拉伯文", "中文",
            "عربي", "إنكليزي", "فرنسي", "إسباني", "روسي", "صيني",
            "official records", "documents officiels", "documentos oficiales", "официальные отчеты", "正式记录", "الوثائق الرسمية",
            "distr.: general", "distr. : générale", "distr.: limited",
            "please recycle", "merci de recycler", "sírvase reciclar", "просьба отправить на вторичную переработку",
            "请回收", "يرجى إعادة الاستعمال");

    private static final Pattern NOTICE = Pattern.compile(
            "(?iu)(this record contains the text of speeches|corrections (to this record )?should be submitted"
                    + "|le présent compte rendu contient le texte des|les rectifications doivent"
                    + "|la presente acta contiene (?:la versión|el texto)|las correcciones deben"
                    + "|в настоящем отчете содержатся тексты|поправки должны"
                    + "|本记录包括中文发言的文本|更正应|يتضمن هذا المحضر نص الخطب|ينبغي ألا تقدم التصويبات)");
    /** The first letter of each phrase of {@link #NOTICE}, case-folded. */
    private static final String NOTICE_FIRST_LETTERS = "tclвп本更ي";
    /** The line that opens the notice about interpretation and corrections, whose next lines carry no keyword. */
    private static final Pattern NOTICE_START = Pattern.compile(
            "(?iu)^(this record contains the text of speeches|le présent compte rendu contient le texte des"
                    + "|la presente acta contiene (?:la versión|el texto)|в настоящем отчете содержатся тексты"
                    + "|本记录包括|يتضمن هذا المحضر نص الخطب)");

    private CoverMasthead() {
    }

    static boolean isMastheadLine(String line) {
        String key = Normalizer.normalize(line, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return LINES.contains(key) || key.startsWith("original:") || key.startsWith("original :")
                || key.startsWith("оригинал:") || key.startsWith("原文：") || key.startsWith("原件：")
                || key.length() < 200 && containsNotice(key);
    }

    /**
     * {@code NOTICE.matcher(key).find()}, but trying the phrases only where one could start: a search tries
     * all twelve at every position of every line, which made this the parser's costliest test. A phrase can
     * start only at a character that case-folds, as the pattern's {@code (?iu)} does, to a phrase's first letter.
     */
    private static boolean containsNotice(String key) {
        Matcher notice = NOTICE.matcher(key);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (NOTICE_FIRST_LETTERS.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0
                    && notice.region(i, key.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    static boolean isNoticeStart(String line) {
        return NOTICE_START.matcher(Normalizer.normalize(line, Normalizer.Form.NFKC).strip()).find();
    }
}
