package io.verbatim.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.parser.corpus.EncodedRecords;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EncodingDetectorTests {

    @ParameterizedTest(name = "{0} saved as {1}, byte-order mark {2}")
    @CsvSource({
            "zh_CD_PV.1606.txt, GB18030,      false, GB18030,      0",
            "zh_CD_PV.1606.txt, UTF-16LE,     true,  UTF-16LE,     2",
            "zh_CD_PV.1606.txt, UTF-16BE,     true,  UTF-16BE,     2",
            "zh_CD_PV.1606.txt, UTF-16LE,     false, UTF-16LE,     0",
            "zh_CD_PV.1606.txt, UTF-16BE,     false, UTF-16BE,     0",
            "zh_CD_PV.1606.txt, UTF-8,        true,  UTF-8,        3",
            "ru_CD_PV.1604.txt, windows-1251, false, windows-1251, 0",
            "ar_CD_PV.1605.txt, windows-1256, false, windows-1256, 0",
            "fr_CD_PV.1602.txt, windows-1252, false, windows-1252, 0",
            "fr_CD_PV.1602.txt, ISO-8859-1,   false, windows-1252, 0",
            "es_CD_PV.1603.txt, windows-1252, false, windows-1252, 0",
            "es_CD_PV.1603.txt, ISO-8859-1,   false, windows-1252, 0",
            "en_CD_PV.1601.txt, UTF-16LE,     false, UTF-16LE,     0"})
    void recognisesTheEncodingOfASampleRecord(String sample, String savedAs, boolean withBom, String expected, int skip) throws Exception {
        byte[] bytes = EncodedRecords.encode(EncodedRecords.sample(sample), Charset.forName(savedAs), withBom);

        DetectedEncoding encoding = EncodingDetector.detect(bytes, true);

        assertThat(encoding.charset()).isEqualTo(Charset.forName(expected));
        assertThat(encoding.skip()).isEqualTo(skip);
        assertThat(encoding.doubt()).isEmpty();
    }

    @Test
    void recognisesBig5InTraditionalChinese() throws Exception {
        byte[] bytes = EncodedRecords.encode(EncodedRecords.traditionalChineseSample(), Charset.forName("Big5"), false);

        DetectedEncoding encoding = EncodingDetector.detect(bytes, true);

        assertThat(encoding.charset()).isEqualTo(Charset.forName("Big5"));
        assertThat(encoding.doubt()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_CD_PV.1601.txt", "fr_CD_PV.1602.txt", "es_CD_PV.1603.txt", "ru_CD_PV.1604.txt", "ar_CD_PV.1605.txt", "zh_CD_PV.1606.txt"})
    void validUtf8IsUtf8(String sample) throws Exception {
        byte[] bytes = EncodedRecords.sample(sample).getBytes(StandardCharsets.UTF_8);

        assertThat(EncodingDetector.detect(bytes, true)).isEqualTo(DetectedEncoding.certain(StandardCharsets.UTF_8, 0));
    }

    @Test
    void aCharacterCutOffAtTheEndOfTheSampleIsNotAnError() throws Exception {
        byte[] bytes = EncodedRecords.sample("zh_CD_PV.1606.txt").getBytes(StandardCharsets.UTF_8);
        byte[] sample = Arrays.copyOf(bytes, bytes.length - 1);

        assertThat(EncodingDetector.detect(sample, false).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void randomBytesAreNotUtf16() {
        byte[] bytes = new byte[4096];
        new java.util.Random(1511).nextBytes(bytes);

        assertThat(Utf16ZeroBytes.charsetOf(bytes)).isEmpty();
    }

    @Test
    void symbolsInPlaceOfLettersAreADoubtfulLatinReading() {
        String english = "The President: I give the floor to the representative of Germany. ";
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = i % 9 == 4 ? (byte) (0xA4 + i % 13) : (byte) english.charAt(i % english.length());
        }

        DetectedEncoding encoding = EncodingDetector.detect(bytes, true);

        assertThat(encoding.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(encoding.warning()).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("text encoding uncertain: read as windows-1252 (detector confidence ")
                .contains("stray symbols"));
    }

    @Test
    void pairsOfBytesThatAreMerelyValidBig5AreADoubtfulReading() {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = i % 3 == 0 ? (byte) ' ' : (byte) (0xA4 + i % 7);
        }

        DetectedEncoding encoding = EncodingDetector.detect(bytes, true);

        assertThat(encoding.doubt()).hasValue("the detector finds nothing typical of it");
    }
}
