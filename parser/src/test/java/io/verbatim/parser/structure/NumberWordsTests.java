package io.verbatim.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            الأولى                                        | 1
            الخامسة                                       | 5
            العاشر                                        | 10
            الحادية عشرة                                  | 11
            الثاني عشر                                    | 12
            الثالثة عشرة                                  | 13
            العشرين                                       | 20
            الحادية والعشرين                              | 21
            الخامسة والستون                               | 65
            الثامنة والتسعين                              | 98
            المائة                                        | 100
            المئة                                         | 100
            الأولى بعد المائة                             | 101
            السابعة والأربعين بعد المئتين                 | 247
            الستمائة                                      | 600
            الألف                                         | 1000
            الخامسة بعد الستمائة والألف                   | 1605
            الحادية عشرة بعد الخمسمائة والألف             | 1511
            الحادية عشرة بعد الخمسمئة والألف              | 1511
            التاسعة والتسعين بعد التسعمائة والألف         | 1999
            الحادية والعشرين بعد الألفين                  | 2021
            ألف وستمائة وخمسة                             | 1605
            ألف وخمسمائة وإحدى عشرة                       | 1511
            ثلاثة آلاف ومائتان                            | 3200
            ثلاث مائة                                     | 300
            الخامسة بعد الستمائة واأللف                   | 1605
            """)
    void readsArabicNumberWords(String words, int number) {
        assertThat(ArabicNumberWords.parse(words)).hasValue(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"لمؤتمر", "الخامسة لمؤتمر", "العامة", ""})
    void arabicWordsThatAreNoNumberGiveNothing(String words) {
        assertThat(ArabicNumberWords.parse(words)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mil seiscientos tres                          | 1603
            milésima sexcentésima tercera                 | 1603
            milésima quingentésima undécima               | 1511
            sexagésima quinta                             | 65
            decimotercera                                 | 13
            veintitrés                                    | 23
            mil novecientos veintiuno                     | 1921
            mille six cent deuxième                       | 1602
            soixante-dix-septième                         | 77
            quatre-vingt-dix-neuvième                     | 99
            mille cinq cent quatre-vingt-deuxième         | 1582
            deux cent vingt et unième                     | 221
            тысяча шестьсот четвертом                     | 1604
            тысяча шестьсот четвертое                     | 1604
            тысяча пятьсот шестьдесят пятое               | 1565
            одна тысяча девятьсот девяносто девятом       | 1999
            двухсотое                                     | 200
            сороковое                                     | 40
            """)
    void readsSpanishFrenchAndRussianNumberWords(String words, int number) {
        assertThat(NumberWords.parseWords(words)).hasValue(number);
    }
}
