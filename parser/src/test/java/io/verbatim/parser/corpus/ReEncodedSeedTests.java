package io.verbatim.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.parser.MeetingRecordParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real Chinese seed, CD/PV.1511, saved as GB18030 or UTF-16 parses exactly as the UTF-8 file of the
 * shared corpus. Without the corpus the test says so loudly and is skipped, never passed.
 */
class ReEncodedSeedTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "CD/PV.1511 (zh) saved as {0}, byte-order mark {1}")
    @CsvSource({"GB18030, false", "UTF-16LE, true", "UTF-16LE, false", "UTF-16BE, true", "UTF-16BE, false"})
    void parsesLikeTheUtf8Seed(String savedAs, boolean withBom) throws Exception {
        Path seed = RepositoryFolders.sharedCorpus().resolve("zh").resolve("CD_PV.1511.txt");
        if (!Files.isRegularFile(seed)) {
            System.err.println("\n*** SEED NOT FOUND at " + seed + ": re-encoded seed test SKIPPED ***\n");
        }
        assumeTrue(Files.isRegularFile(seed), "seed not found at " + seed);
        MeetingRecord expected = PARSER.parse(seed);
        byte[] bytes = EncodedRecords.encode(Files.readString(seed, StandardCharsets.UTF_8), Charset.forName(savedAs), withBom);

        MeetingRecord actual = PARSER.parse(Files.write(dir.resolve("CD_PV.1511.txt"), bytes));

        assertThat(expected.symbol()).isEqualTo("CD/PV.1511");
        assertThat(expected.speeches()).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
    }
}
