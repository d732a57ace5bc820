package io.verbatim.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadersTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            第一五一一次全体会议最后记录                                                      | 1511
            第一千五百一十一次全体会议                                                        | 1511
            1511th plenary meeting                                                          | 1511
            Final record of the one thousand five hundred and eleventh plenary meeting      | 1511
            Compte rendu définitif de la mille cinq cent onzième séance plénière            | 1511
            65e séance plénière                                                             | 65
            Acta definitiva de la sesión plenaria 1511ª                                     | 1511
            65ª sesión plenaria                                                             | 65
            Окончательный отчет о тысяча пятьсот одиннадцатом пленарном заседании           | 1511
            65-е пленарное заседание                                                        | 65
            المحضر النهائي للجلسة العامة ١٥١١                                                | 1511
            المحضر النهائي للجلسة العامة الخامسة بعد الستمائة والألف                            | 1605
            أعلن افتتاح الجلسة العامة الحادية عشرة بعد الخمسمائة والألف لمؤتمر نزع السلاح      | 1511
            الجلسة الخامسة والستون                                                           | 65
            Compte rendu final de la mille six cent deuxième séance plénière                | 1602
            Je déclare ouverte la soixante-cinquième séance plénière                        | 65
            Acta definitiva de la milésima sexcentésima tercera sesión plenaria              | 1603
            Acta definitiva de la sesión plenaria mil seiscientos tres, celebrada en Ginebra | 1603
            Окончательный отчет о тысяча шестьсот четвертом пленарном заседании,             | 1604
            Объявляю открытым тысяча шестьсот четвертое пленарное заседание                  | 1604
            """)
    void readsMeetingNumbers(String title, int number) {
        assertThat(new MeetingNumberReader().find(title)).hasValue(number);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2019 年 6 月 28 日星期五下午 2 时 40 分在日内瓦万国宫举行                | 2019-06-28 | 14:40
            Held at the Palais des Nations, Geneva, on Friday, 28 June 2019, at 2.40 p.m. | 2019-06-28 | 14:40
            Monday, 19 December 2016, 10 a.m.                                    | 2016-12-19 | 10:00
            Tenue au Palais des Nations, à Genève, le vendredi 28 juin 2019, à 14 h 40 | 2019-06-28 | 14:40
            Lundi 19 décembre 2016, à 10 heures                                  | 2016-12-19 | 10:00
            el viernes 28 de junio de 2019, a las 14.40 horas                    | 2019-06-28 | 14:40
            в пятницу, 28 июня 2019 года, в 14 ч. 40 м.                          | 2019-06-28 | 14:40
            يوم الجمعة، 28 حزيران/يونيه 2019، الساعة 14:40                        | 2019-06-28 | 14:40
            """)
    void readsDatesAndStartTimes(String line, LocalDate date, String time) {
        var found = new MeetingDateReader().find(line);

        assertThat(found).get().extracting(MeetingDateReader.FoundDate::date).isEqualTo(date);
        assertThat(ClockTimeReader.first(line.substring(found.get().end()))).isEqualTo(time);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            下午 4 时 55 分散会。                         | closing    | 16:55
            The meeting rose at 4.55 p.m.                 | closing    | 16:55
            La séance est levée à 16 h 55.                | closing    | 16:55
            Se levanta la sesión a las 16.55 horas.       | closing    | 16:55
            Заседание закрывается в 16 ч. 55 м.           | closing    | 16:55
            رُفعت الجلسة الساعة 16:55.                     | closing    | 16:55
            会议暂停片刻。                                 | suspension |
            The meeting was suspended at 11.10 a.m.       | suspension | 11:10
            It was so decided.                            | decision   |
            The draft resolution was adopted (resolution 71/156). | adoption |
            """)
    void readsProceduralEvents(String paragraph, String type, String time) {
        assertThat(new ProceduralEventReader().typeOf(paragraph)).hasValue(type);
        assertThat(ProceduralEventReader.timeOf(paragraph)).isEqualTo(time);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            各位同事，如大家所知，现在会议暂停，欢迎奥地利外交部长向裁军谈判会议发表讲话。
            We hope that the meeting rose to the occasion last week and that it will again.
            """)
    void eventWordsInsideASpeechAreNoEvent(String paragraph) {
        assertThat(new ProceduralEventReader().typeOf(paragraph)).isEmpty();
    }
}
