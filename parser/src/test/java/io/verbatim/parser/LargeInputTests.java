package io.verbatim.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.extract.TestPdfs;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Very large inputs end in a record or a clear refusal, up front, by a stated limit. */
class LargeInputTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void readsTextUpToTheLimitStreamedIn() throws Exception {
        try (InputStream in = new RepeatingRecordStream(MeetingRecordParser.MAX_TEXT_BYTES)) {
            MeetingRecord record = PARSER.parse(in, "big.txt", "text/plain");

            assertThat(record.speeches()).hasSizeGreaterThan(90_000);
            assertThat(record.speeches()).extracting(SpeechTurn::seq).startsWith(1, 2, 3);
            assertThat(record.speeches().get(record.speeches().size() - 1).seq()).isEqualTo(record.speeches().size());
        }
    }

    @Test
    void refusesTextBeyondTheSizeCapWithoutReadingItWhole() {
        long size = MeetingRecordParser.MAX_TEXT_BYTES + MB;

        assertThatThrownBy(() -> {
            try (InputStream in = new RepeatingRecordStream(size)) {
                PARSER.parse(in, "huge.txt", "text/plain");
            }
        }).isInstanceOf(UnparseableDocumentException.class).hasMessage("text document is larger than 12 MB");
    }

    @Test
    void readsAPdfOfTwoThousandPages() throws Exception {
        Path pdf = dir.resolve("long.pdf");
        TestPdfs.write(pdf, "CD/PV.1511", "GE.20-01397", pages(2_000));

        MeetingRecord record = PARSER.parse(pdf);

        assertThat(record.pageCount()).isEqualTo(2_000);
        assertThat(record.speeches()).hasSize(4_000);
        assertThat(record.speeches().get(3_999)).extracting(SpeechTurn::seq, SpeechTurn::page).containsExactly(4_000, 2_000);
    }

    @Test
    void refusesAPdfBeyondThePageCap() throws Exception {
        Path pdf = dir.resolve("too-long.pdf");
        TestPdfs.write(pdf, "CD/PV.1511", "GE.20-01397", pages(MeetingRecordParser.MAX_PAGES + 1));

        assertThatThrownBy(() -> PARSER.parse(pdf)).isInstanceOf(UnparseableDocumentException.class)
                .hasMessage("document is larger than 5000 pages (5001)");
    }

    private static List<List<String>> pages(int count) {
        List<List<String>> pages = new ArrayList<>(count);
        for (int p = 1; p <= count; p++) {
            pages.add(List.of(
                    "  The President: I give the floor to the representative of Germany (page " + p + ").",
                    "  Mr. Biontino (Germany): Thank you, Mr. President. We support the programme of work."));
        }
        return pages;
    }

    /** A meeting record's turns repeated up to {@code size} bytes, generated as read: never held in memory. */
    private static final class RepeatingRecordStream extends InputStream {

        private static final byte[] TURNS = """
                  The President: I give the floor to the representative of Germany.
                  Mr. Biontino (Germany): Thank you, Mr. President. My delegation supports the draft
                programme of work and thanks the coordinators for their efforts.

                """.getBytes(StandardCharsets.UTF_8);
        private static final byte[] OPENING = """
                Conference on Disarmament
                Final record of the one thousand five hundred and eleventh plenary meeting
                Held at the Palais des Nations, Geneva, on Friday, 28 June 2019, at 10 a.m.

                """.getBytes(StandardCharsets.UTF_8);

        private final long size;
        private long position;

        RepeatingRecordStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            long i = position++;
            return i < OPENING.length ? OPENING[(int) i] : TURNS[(int) ((i - OPENING.length) % TURNS.length)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int k = 0; k < n; k++) {
                buffer[offset + k] = (byte) read();
            }
            return n;
        }
    }
}
