package io.verbatim.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class ScriptEvidenceTests {

    @Test
    void frenchInLatinIsPlausible() {
        ScriptEvidence evidence = ScriptEvidence.of("La Présidente : Je donne la parole à la représentante de l'Algérie. Il a été réélu.");

        assertThat(evidence.doubtFor(UnicodeScript.LATIN)).isEmpty();
    }

    @Test
    void russianReadAsWindows1252IsAccentsInRuns() {
        String mojibake = new String("Председатель (говорит по-английски): Слово предоставляется".getBytes(Charset.forName("windows-1251")),
                Charset.forName("windows-1252"));

        assertThat(ScriptEvidence.of(mojibake).doubtFor(UnicodeScript.LATIN)).hasValueSatisfying(doubt -> assertThat(doubt).contains("follow another one"));
    }

    @Test
    void chineseReadAsWindows1252IsStraySymbols() {
        String mojibake = new String("主席(以英语发言)：我宣布裁军谈判会议第一六〇六次全体会议开始。".getBytes(Charset.forName("GB18030")),
                Charset.forName("windows-1252"));

        assertThat(ScriptEvidence.of(mojibake).doubtFor(UnicodeScript.LATIN)).isPresent();
    }

    @Test
    void frenchReadAsWindows1251IsCyrillicInsideLatinWords() {
        String mojibake = new String("La délégation française a été réélue à la séance précédente du débat général.".getBytes(Charset.forName("windows-1252")),
                Charset.forName("windows-1251"));

        assertThat(ScriptEvidence.of(mojibake).doubtFor(UnicodeScript.CYRILLIC)).hasValueSatisfying(doubt -> assertThat(doubt).contains("Latin letters"));
    }

    @Test
    void chineseReadAsWindows1251HasCapitalsInsideWords() {
        String mojibake = new String("主席(以英语发言)：我宣布裁军谈判会议第一六〇六次全体会议开始。各位同事，今天我们继续审议议程项目".getBytes(Charset.forName("GB18030")),
                Charset.forName("windows-1251"));

        assertThat(ScriptEvidence.of(mojibake).doubtFor(UnicodeScript.CYRILLIC)).isPresent();
    }

    @Test
    void arabicIsPlausibleAsArabicButNotAsChinese() {
        ScriptEvidence evidence = ScriptEvidence.of("الرئيس (تكلم بالإنكليزية): أعطي الكلمة الآن لممثل ألمانيا.");

        assertThat(evidence.doubtFor(UnicodeScript.ARABIC)).isEmpty();
        assertThat(evidence.doubtFor(UnicodeScript.HAN)).hasValue("it has no han letters");
    }
}
