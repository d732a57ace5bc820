package io.verbatim.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.MeetingRecordParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every real record of the shared corpus ({@code ../shared/corpus} beside the repository) and
 * compares it with its truth file. Without the corpus the test says so loudly and is skipped, never
 * passed.
 */
class CorpusTruthTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();

    /** Counted as skipped in the test report when the corpus is absent, so the skip shows in the totals. */
    @Test
    void sharedCorpusIsPresent() {
        Path corpus = corpusFolder();
        assumeTrue(Files.isDirectory(corpus.resolve("truth")),
                "shared corpus not found at " + corpus + ": real-record tests SKIPPED");
    }

    @TestFactory
    Stream<DynamicTest> everyRecordMatchesItsTruth() throws IOException {
        Path corpus = corpusFolder();
        if (!Files.isDirectory(corpus.resolve("truth"))) {
            System.err.println("\n*** CORPUS NOT FOUND at " + corpus + ": real-record tests SKIPPED ***\n");
        }
        assumeTrue(Files.isDirectory(corpus.resolve("truth")), "shared corpus not found at " + corpus);
        List<Path> truths;
        try (Stream<Path> files = Files.list(corpus.resolve("truth"))) {
            truths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return truths.stream().map(truth -> DynamicTest.dynamicTest(truth.getFileName().toString(), () -> check(corpus, truth)));
    }

    /** The bundled sample archive has truth files in the same form; it is in the repository, so always there. */
    @TestFactory
    Stream<DynamicTest> everySampleRecordMatchesItsTruth() throws IOException {
        Path samples = RepositoryFolders.samples();
        assertThat(samples.resolve("truth")).as("the sample archive's truth files").isDirectory();
        List<Path> truths;
        try (Stream<Path> files = Files.list(samples.resolve("truth"))) {
            truths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(truths).as("sample truth files").hasSizeGreaterThanOrEqualTo(6);
        return truths.stream().map(truth -> DynamicTest.dynamicTest("samples/" + truth.getFileName(),
                () -> check(samples, truth)));
    }

    private static void check(Path corpus, Path truthFile) throws Exception {
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        Path record = corpus.resolve(truth.get("file").asText());
        assumeTrue(Files.exists(record), "record missing: " + record);
        MeetingRecord parsed = PARSER.parse(record);

        assertThat(parsed.symbol()).as("symbol").isEqualTo(truth.path("symbol").asText(null));
        assertThat(parsed.language()).as("language").isEqualTo(truth.path("language").asText(null));
        assertThat(parsed.meetingNumber()).as("meetingNumber").isEqualTo(truth.path("meetingNumber").isNumber() ? truth.get("meetingNumber").asInt() : null);
        assertThat(String.valueOf(parsed.date())).as("date").isEqualTo(truth.path("date").asText("null"));
        assertThat(parsed.startTime()).as("startTime").isEqualTo(truth.path("startTime").asText(null));
        assertThat(parsed.endTime()).as("endTime").isEqualTo(truth.path("endTime").asText(null));
        assertThat(parsed.jobNumber()).as("jobNumber").isEqualTo(truth.path("jobNumber").asText(null));
        assertThat(parsed.body()).as("body").isEqualTo(truth.path("body").asText(null));

        JsonNode speeches = truth.get("speeches");
        List<SpeechTurn> turns = parsed.speeches();
        int matched = 0;
        int attributesRight = 0;
        for (int t = 0, p = 0; t < speeches.size() && p < turns.size(); ) {
            JsonNode expected = speeches.get(t);
            SpeechTurn actual = turns.get(p);
            if (sameTurn(expected, actual)) {
                matched++;
                attributesRight += attributesMatch(expected, actual) ? 1 : 0;
                t++;
                p++;
            } else if (speeches.size() - t > turns.size() - p) {
                t++;
            } else {
                p++;
            }
        }
        double recall = (double) matched / speeches.size();
        double precision = turns.isEmpty() ? 0 : (double) matched / turns.size();
        assertThat(recall).as("turn recall").isGreaterThanOrEqualTo(0.98);
        assertThat(precision).as("turn precision").isGreaterThanOrEqualTo(0.98);
        assertThat((double) attributesRight / Math.max(1, matched)).as("speaker attributes accuracy").isGreaterThanOrEqualTo(0.98);
    }

    private static boolean sameTurn(JsonNode expected, SpeechTurn actual) {
        // Truth files quote the start of the text with paragraph breaks dropped: compare without whitespace.
        String start = expected.path("textStart").asText("").replaceAll("\\s+", "");
        return expected.path("speaker").asText().equals(actual.speaker())
                && actual.text().replaceAll("\\s+", "").startsWith(start);
    }

    private static boolean attributesMatch(JsonNode expected, SpeechTurn actual) {
        String country = expected.path("country").isTextual() ? expected.get("country").asText() : null;
        return expected.path("role").asText().equals(actual.role())
                && java.util.Objects.equals(country, actual.country())
                && expected.path("spokenLanguage").asText().equals(actual.spokenLanguage());
    }

    static Path corpusFolder() {
        return RepositoryFolders.sharedCorpus();
    }
}
