package io.verbatim.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.parser.MeetingRecordParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatSnifferTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();

    @TempDir
    Path dir;

    @Test
    void readsUtf16TextWithAByteOrderMark() throws Exception {
        Path file = dir.resolve("r.txt");
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "  主席(以英语发言)：我宣布会议开始。\n".getBytes(StandardCharsets.UTF_16LE)));

        MeetingRecord record = PARSER.parse(file);

        assertThat(record.language()).isEqualTo("zh");
        assertThat(record.speeches()).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo("我宣布会议开始。"));
    }

    @Test
    void readsUtf16TextWithoutAByteOrderMark() throws Exception {
        Path file = dir.resolve("r.txt");
        Files.write(file, "  主席(以英语发言)：我宣布会议开始。\n".getBytes(StandardCharsets.UTF_16BE));

        MeetingRecord record = PARSER.parse(file);

        assertThat(record.speeches()).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo("我宣布会议开始。"));
    }

    @Test
    void readsHtmlInWindows1251() throws Exception {
        Path file = dir.resolve("r.html");
        Files.write(file, """
                <!DOCTYPE html><html><body>
                <p>Председатель (говорит по-английски): Слово предоставляется представителю Германии.</p>
                <p>Г-н Бионтино (Германия) (говорит по-английски): Спасибо, господин Председатель. Моя делегация
                поддерживает проект программы работы.</p></body></html>""".getBytes(java.nio.charset.Charset.forName("windows-1251")));

        MeetingRecord record = PARSER.parse(file);

        assertThat(record.language()).isEqualTo("ru");
        assertThat(record.speeches()).extracting(t -> t.speaker()).containsExactly("Председатель", "Г-н Бионтино");
        assertThat(record.warnings()).isEmpty();
    }

    @Test
    void readsHtmlWithoutRunningItsScripts() throws Exception {
        Path file = dir.resolve("r.html");
        Files.writeString(file, """
                <!DOCTYPE html><html><head><script>alert('x')</script></head><body>
                <p>Mr. Biontino (Germany): Thank you, Mr. President.</p>
                <p>The President: I thank the representative of Germany.</p></body></html>""");

        MeetingRecord record = PARSER.parse(file);

        assertThat(record.speeches()).hasSize(2);
        assertThat(record.fullText()).doesNotContain("alert");
    }

    @Test
    void readsXmlWithoutResolvingExternalEntities() throws Exception {
        Path file = dir.resolve("r.xml");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <record><p>The President: &xxe; Good morning.</p></record>""");

        MeetingRecord record = PARSER.parse(file);

        assertThat(record.fullText()).doesNotContain("root:");
        assertThat(record.speeches()).singleElement().satisfies(t -> assertThat(t.text()).contains("Good morning."));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
