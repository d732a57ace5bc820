package io.verbatim.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.MeetingRecordParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Labels as two-column New York records and pdf.js text break them: inside the country's brackets, after
 * them, before or inside the interpretation note, with a function after the country. The text has no
 * indents (pdf.js gives none), and the turn before ends on a full line, so nothing but the label itself
 * can tell where the new turn starts.
 */
class BrokenLabelTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en inside the brackets | The President: I now give the floor to the representative of the Sixth Committee for the report on this item./Mr. Pérez Ayala (Bolivarian Republic of/Venezuela), Rapporteur of the Sixth Committee: I have the honour to present the report./The President: I thank him. | Mr. Pérez Ayala | VEN | en | I have the honour
            en before the note | The President: I now give the floor to the representative of the Plurinational State of Bolivia for a statement./Mr. Quispe (Plurinational State of Bolivia)/(spoke in Spanish): My delegation supports the draft before us./The President: I thank him. | Mr. Quispe | BOL | es | My delegation supports
            en inside the note | The President: I now give the floor to the representative of Mexico, who wishes to speak on this matter today./Mr. Ramírez (Mexico) (spoke in/Spanish): My delegation supports the draft before us./The President: I thank him. | Mr. Ramírez | MEX | es | My delegation supports
            en before the brackets | The President: I now give the floor to the representative of the Democratic Republic of the Congo, who has asked for it./Mrs. Kabengele Lukundula/(Democratic Republic of the Congo) (spoke in French): We welcome you among us./The President: I thank her. | Mrs. Kabengele Lukundula | COD | fr | We welcome you
            en vice-president | The President: I now give the floor to the Vice-President of the Economic and Social Council for a statement now./Ms. Tan (Singapore), Vice-President of the Economic and Social/Council: I thank you, Mr. President./The President: I thank her. | Ms. Tan | SGP | en | I thank you
            fr avant la note | Le Président : Je donne maintenant la parole au représentant de l’État plurinational de Bolivie pour une déclaration./M. Quispe (État plurinational de Bolivie)/(parle en espagnol) : Ma délégation appuie le projet dont nous sommes saisis./Le Président : Je le remercie. | M. Quispe | BOL | es | Ma délégation appuie
            fr rapporteur | Le Président : Je donne maintenant la parole au Rapporteur de la Sixième Commission pour présenter son rapport./M. Pérez Ayala (République bolivarienne du/Venezuela), Rapporteur de la Sixième Commission (parle en espagnol) : J’ai l’honneur de présenter le rapport./Le Président : Je le remercie. | M. Pérez Ayala | VEN | es | J’ai l’honneur
            es dentro de la nota | El Presidente: Tiene ahora la palabra el representante de la Unión Europea, que desea formular una declaración./Sr. Lambrinidis (Unión Europea) (habla en/inglés): Tengo el honor de hablar en nombre de la Unión Europea./El Presidente: Le doy las gracias. | Sr. Lambrinidis | | en | Tengo el honor
            es relator | El Presidente: Tiene ahora la palabra el Relator de la Sexta Comisión para que presente el informe de la Comisión./Sr. Pérez Ayala (República Bolivariana de/Venezuela), Relator de la Sexta Comisión: Tengo el honor de presentar el informe./El Presidente: Le doy las gracias. | Sr. Pérez Ayala | VEN | es | Tengo el honor
            ru внутри скобок | Председатель: Сейчас я предоставляю слово представителю Соединенного Королевства Великобритании и Северной Ирландии./Г-н Кариуки (Соединенное Королевство Великобритании и/Северной Ирландии) (говорит по-английски): Я благодарю Председателя./Председатель: Благодарю его. | Г-н Кариуки | GBR | en | Я благодарю
            ru докладчик | Председатель: Сейчас я предоставляю слово Докладчику Шестого комитета, который представит доклад этого Комитета./Г-н Перес Аяла (Боливарианская Республика/Венесуэла), Докладчик Шестого комитета (говорит по-испански): Имею честь представить доклад./Председатель: Благодарю его. | Г-н Перес Аяла | VEN | es | Имею честь
            ar داخل القوسين | الرئيس: أعطي الكلمة الآن لممثل المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية الذي طلب الكلمة في هذا البند./السيد كاريوكي (المملكة المتحدة لبريطانيا العظمى وأيرلندا/الشمالية) (تكلم باإلنكليزية): أشكر الرئيس على عقد هذه الجلسة./الرئيس: أشكره. | السيد كاريوكي | GBR | en | أشكر الرئيس
            ar مقرر | الرئيس: أعطي الكلمة الآن لمقرر اللجنة السادسة لكي يعرض تقرير اللجنة المتعلق بهذا البند من جدول الأعمال./السيد بيريس أيالا (جمهورية فنزويلا البوليفارية)، مقرر اللجنة السادسة/(تكلم بالإسبانية): يشرفني أن أعرض التقرير./الرئيس: أشكره. | السيد بيريس أيالا | VEN | es | يشرفني أن
            zh 括号内 | 主席：现在请大不列颠及北爱尔兰联合王国代表发言，他要求在本项目下发言，我现在请他发言，谢谢。/卡里乌基先生(大不列颠及北爱尔兰联合/王国)(以英语发言)：我感谢主席召开本次会议。/主席：我感谢他。 | 卡里乌基先生 | GBR | en | 我感谢主席
            zh 报告员 | 主席：现在请第六委员会报告员介绍该委员会关于本项目的报告，我现在请他发言，谢谢各位代表。/佩雷斯·阿亚拉先生(委内瑞拉玻利瓦尔共和国)，第六委员会报告员(以西班牙语发言)：我荣幸地介绍报告。/主席：我感谢他。 | 佩雷斯·阿亚拉先生 | VEN | es | 我荣幸地介绍
            zh 空格 | 主席：现在请巴基斯坦代表发言，他要求在本项目下发言，我现在请他发言，谢谢各位代表。/艾 哈 迈德先 生（巴基 斯 坦）（以英语发言）：我感谢主席召开本次会议。/主席：我感谢他。 | 艾哈迈德先生 | PAK | en | 我感谢主席
            """)
    void aBrokenLabelOpensItsOwnTurn(String form, String lines, String speaker, String country, String spokenLanguage, String textStart) throws Exception {
        MeetingRecord record = parse(lines.replace('/', '\n'));

        assertThat(record.speeches()).as("three turns: the chair, the speaker, the chair").hasSize(3);
        SpeechTurn turn = record.speeches().get(1);
        assertThat(turn).extracting(SpeechTurn::speaker, SpeechTurn::country, SpeechTurn::spokenLanguage)
                .containsExactly(speaker, country, spokenLanguage);
        assertThat(turn.text()).startsWith(textStart);
        assertThat(record.speeches().get(0).text()).as("the chair's turn holds none of the next label").doesNotContain(speaker);
    }

    private static MeetingRecord parse(String text) throws Exception {
        return PARSER.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "record.txt", "text/plain");
    }
}
