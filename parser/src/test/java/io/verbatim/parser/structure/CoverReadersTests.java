package io.verbatim.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.Person;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.parser.country.CountryTable;
import io.verbatim.parser.vocabulary.Vocabulary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverReadersTests {

    private static final PresidentLineReader PRESIDENT_LINES = new PresidentLineReader(CountryTable.load(), Vocabulary.bundled());
    private static final MeetingRecordParser PARSER = new MeetingRecordParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            President: Mr. Yang Zhiyong .......................... (Viet Nam)                 | Yang Zhiyong    | VNM
            President: Mr. Landau/Mr. Waltz ...................... (United States of America) | Landau/Waltz    | USA
            Présidents : M. Landau/M. Waltz ...................... (États-Unis d'Amérique)    | Landau/Waltz    | USA
            Presidenta: Sra. Rivas ............................... (Chile)                    | Rivas           | CHL
            Председатель: г-н Иванов ............................. (Российская Федерация)     | Иванов          | RUS
            主席：杨志勇先生 ...................................... (越南)                     | 杨志勇          | VNM
            """)
    void readsThePresidentLineInEveryEditionWithOneNameOrSeveral(String line, String name, String country) {
        Person president = PRESIDENT_LINES.read(line).orElseThrow();

        assertThat(president.name()).isEqualTo(name);
        assertThat(president.country()).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            United Nations S/PV.9001              | Security Council    | S/PV.9001
            Nations Unies S/PV.8418               | Conseil de sécurité | S/PV.8418
            Naciones Unidas A/80/PV.12            | Asamblea General    | A/80/PV.12
            Организация Объединенных Наций S/PV.9001 | Совет Безопасности | S/PV.9001
            联合国 S/PV.9001                       | 安全理事会           | S/PV.9001
            الأمم المتحدة S/PV.9001               | مجلس الأمن          | S/PV.9001
            S/PV.9001 الأمم المتحدة               | مجلس الأمن          | S/PV.9001
            """)
    void readsTheSymbolFromTheMastheadInEveryEdition(String masthead, String body, String symbol) throws Exception {
        String text = masthead + "\n" + body + "\nThe President: Thank you.\n";

        MeetingRecord record = PARSER.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "record.txt", "text/plain");

        assertThat(record.symbol()).isEqualTo(symbol);
    }
}
