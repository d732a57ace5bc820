package io.verbatim.parser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.contracts.EventJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ParseCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path record() throws IOException {
        Path file = dir.resolve("record.txt");
        Files.writeString(file, """
                Conference on Disarmament
                Final record of the one thousand five hundred and eleventh plenary meeting
                Held at the Palais des Nations, Geneva, on Friday, 28 June 2019, at 2.40 p.m.
                President: Mr. Yang Zhiyong .............................................. (Viet Nam)

                  The President: I call to order the 1511th plenary meeting of the Conference.
                  Mr. Biontino (Germany): Thank you, Mr. President.

                The meeting rose at 4.55 p.m.
                """, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsTheRecordAsJson() throws IOException {
        int code = run(record().toString());

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = EventJson.mapper().readTree(out.toString());
        assertThat(json.get("meetingNumber").asInt()).isEqualTo(1511);
        assertThat(json.get("speeches")).hasSize(2);
        assertThat(json.get("speeches").get(1).get("country").asText()).isEqualTo("DEU");
    }

    @Test
    void printsCleanTextWithFormatText() throws IOException {
        int code = run(record().toString(), "--format", "text");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Mr. Biontino (Germany): Thank you, Mr. President.").doesNotContain("{");
    }

    @Test
    void reportsAnUnparseableFileWithExitCode2() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));

        int code = run(empty.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("cannot parse " + empty + ": empty file");
    }

    @Test
    void reportsUsageErrorsWithExitCode64() {
        assertThat(run()).isEqualTo(64);
        assertThat(run("a.txt", "--format", "yaml")).isEqualTo(64);
    }
}
