package io.verbatim.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.parser.country.CountryTable;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakerLabelReaderTests {

    private static final SpeakerLabelReader READER = new SpeakerLabelReader(CountryTable.load());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Biontino (Germany): Thank you.                         | Mr. Biontino          | speaker   | DEU |
            Mr Biontino (Germany): Thank you.                          | Mr Biontino           | speaker   | DEU |
            Ms. Wood (Australia) (spoke in English): Thank you.        | Ms. Wood              | speaker   | AUS | en
            Mrs. Jones (United Kingdom of Great Britain and Northern Ireland): Yes. | Mrs. Jones | speaker | GBR |
            M. Dupont (France) : Merci.                                | M. Dupont             | speaker   | FRA |
            Mme Wood (Australie) (parle en anglais) : Merci.           | Mme Wood              | speaker   | AUS | en
            Mgr Jurkovič (Saint-Siège) : Merci.                        | Mgr Jurkovič          | speaker   | VAT |
            Sr. López (México) (habla en inglés): Gracias.             | Sr. López             | speaker   | MEX | en
            Sra. Pérez (Reino Unido): Gracias.                         | Sra. Pérez            | speaker   | GBR |
            Г-н Иванов (Российская Федерация): Спасибо.               | Г-н Иванов            | speaker   | RUS |
            Г-жа Петрова (Соединенное Королевство) (говорит по-английски): Спасибо. | Г-жа Петрова | speaker | GBR | en
            السيد بيونتينو (ألمانيا) (تكلم بالإنكليزية): شكرا.        | السيد بيونتينو        | speaker   | DEU | en
            السيدة وود (المملكة المتحدة): شكرا.                        | السيدة وود            | speaker   | GBR |
            比尔韦特先生(德国)(以英语发言)：谢谢。                      | 比尔韦特先生          | speaker   | DEU | en
            褒曼女士（美利坚合众国）（以英语发言）：谢谢。              | 褒曼女士              | speaker   | USA | en
            The President: I call the meeting to order.               | The President         | president |     |
            The Acting President (spoke in French): I thank him.       | The Acting President  | president |     | fr
            Le Président : Merci.                                      | Le Président          | president |     |
            La Présidente (parle en anglais) : Merci.                  | La Présidente         | president |     | en
            El Presidente interino: Gracias.                           | El Presidente interino | president |    |
            Председатель (говорит по-английски): Спасибо.             | Председатель          | president |     | en
            主席(以英语发言)：谢谢。                                    | 主席                  | president |     | en
            الرئيس (تكلم بالفرنسية): شكرا.                             | الرئيس                | president |     | fr
            The Secretary-General: I am honoured.                      | The Secretary-General | secretary-general | |
            Mr. Møller (Acting Secretary-General of the Conference): Thank you. | Mr. Møller | other |      |
            """)
    void readsLabelsInEveryEdition(String paragraph, String speaker, String role, String country, String language) {
        Optional<SpeakerLabel> label = READER.read(paragraph);

        assertThat(label).as(paragraph).isPresent();
        assertThat(label.get().speaker()).isEqualTo(speaker);
        assertThat(label.get().role()).isEqualTo(role);
        assertThat(label.get().country()).isEqualTo(country);
        assertThat(label.get().spokenLanguage()).isEqualTo(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mr. Smith, who spoke before me, said the following:",
            "The following delegations voted:",
            "现在我回到澳大利亚经常谈到的问题上来：理论的透明度。",
            "主席：杨志勇先生 ............................................ 越南",
            "President: Mr. Yang Zhiyong . . . . . . . . . . . . . . . (Viet Nam)",
            "In this regard, I would like to state: we agree.",
            "Mr. President, I thank you: we agree."})
    void isNotFooledByColonsAndCoverLines(String paragraph) {
        assertThat(READER.read(paragraph)).as(paragraph).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "  Mr. Al-Hussein (Syrian Arab Republic) (spoke in Arabic): We vote no.",
            "Mr. Al-Hussein (Syrian Arab Republic)(spoke in Arabic):We vote no.",
            "السيد الحسين )الجمهورية العربية السورية( )تكلم باإلنكليزية(: نصوت ضد."})
    void toleratesSpacingMirroredBracketsAndLamAlef(String paragraph) {
        assertThat(READER.read(paragraph)).as(paragraph).get().extracting(SpeakerLabel::country).isEqualTo("SYR");
    }
}
