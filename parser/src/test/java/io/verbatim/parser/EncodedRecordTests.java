package io.verbatim.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.parser.corpus.EncodedRecords;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A record saved in any encoding an archive uses parses exactly as the same record in UTF-8. */
class EncodedRecordTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} saved as {1}, byte-order mark {2}")
    @CsvSource({
            "zh_CD_PV.1606.txt, GB18030,      false",
            "zh_CD_PV.1606.txt, UTF-16LE,     true",
            "zh_CD_PV.1606.txt, UTF-16BE,     true",
            "zh_CD_PV.1606.txt, UTF-16LE,     false",
            "zh_CD_PV.1606.txt, UTF-16BE,     false",
            "zh_CD_PV.1606.txt, UTF-8,        true",
            "ru_CD_PV.1604.txt, windows-1251, false",
            "ru_CD_PV.1604.txt, UTF-16LE,     false",
            "ar_CD_PV.1605.txt, windows-1256, false",
            "fr_CD_PV.1602.txt, windows-1252, false",
            "fr_CD_PV.1602.txt, ISO-8859-1,   false",
            "es_CD_PV.1603.txt, windows-1252, false",
            "es_CD_PV.1603.txt, ISO-8859-1,   false"})
    void parsesLikeTheUtf8Record(String sample, String savedAs, boolean withBom) throws Exception {
        String text = EncodedRecords.sample(sample);

        MeetingRecord expected = parse(text.getBytes(StandardCharsets.UTF_8));
        MeetingRecord actual = parse(EncodedRecords.encode(text, Charset.forName(savedAs), withBom));

        assertThat(expected.speeches()).as("turns of the UTF-8 record").isNotEmpty();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void traditionalChineseInBig5ParsesLikeTheUtf8Record() throws Exception {
        String text = EncodedRecords.traditionalChineseSample();

        MeetingRecord expected = parse(text.getBytes(StandardCharsets.UTF_8));
        MeetingRecord actual = parse(EncodedRecords.encode(text, Charset.forName("Big5"), false));

        assertThat(expected.language()).isEqualTo("zh");
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aDoubtfulDecodingIsAWarningOnTheRecord() throws Exception {
        String english = "The President: I give the floor to the representative of Germany. ";
        byte[] bytes = new byte[900];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = i % 9 == 4 ? (byte) (0xA4 + i % 13) : (byte) english.charAt(i % english.length());
        }

        MeetingRecord record = parse(bytes);

        assertThat(record.warnings()).anySatisfy(warning -> assertThat(warning)
                .startsWith("text encoding uncertain: read as windows-1252 (detector confidence ")
                .contains("stray symbols"));
    }

    @Test
    void malformedBytesPastTheSampleAreCountedInAWarning() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] record = EncodedRecords.sample("en_CD_PV.1601.txt").getBytes(StandardCharsets.UTF_8);
        while (bytes.size() < 100 * 1024) {
            bytes.write(record);
        }
        bytes.write(new byte[] {'\n', (byte) 0xFF, (byte) 0xFE, 'x', '\n'});

        MeetingRecord parsed = parse(bytes.toByteArray());

        assertThat(parsed.warnings()).contains("2 byte sequences are not valid UTF-8 and became U+FFFD");
    }

    private MeetingRecord parse(byte[] bytes) throws Exception {
        Path file = Files.write(Files.createTempFile(dir, "record-", ".txt"), bytes);
        return PARSER.parse(file);
    }
}
