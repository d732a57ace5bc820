package io.verbatim.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.parser.align.DifferentMeetingsException;
import io.verbatim.parser.align.LanguageVersionAligner;
import io.verbatim.parser.align.TurnAlignment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Aligns the English and French versions of the real S/PV.10124 (same 29 turns in the same order, and the
 * parser reads them all in both), also with a turn taken out of one version; and refuses to align the
 * synthetic samples, which are six different meetings. Without the corpus the real-record tests are skipped.
 */
class TurnAlignmentCorpusTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();
    private final LanguageVersionAligner aligner = new LanguageVersionAligner();

    @Test
    void theEnglishAndFrenchVersionsOfSPv10124PairTurnForTurn() throws Exception {
        MeetingRecord english = realRecord("en/S_PV.10124_en.txt");
        MeetingRecord french = realRecord("fr/S_PV.10124_fr.txt");

        TurnAlignment alignment = aligner.align(english, french);

        assertThat(english.speeches()).hasSize(29);
        assertThat(alignment.pairs()).hasSize(29).allSatisfy(p -> assertThat(p.seqB()).as("partner of %s", p).isEqualTo(p.seqA()));
        assertThat(alignment.unpairedA()).isEmpty();
        assertThat(alignment.unpairedB()).isEmpty();
    }

    @Test
    void aTurnTakenOutOfTheFrenchVersionOfSPv10124LeavesEveryOtherTurnPaired() throws Exception {
        List<SpeechTurn> english = realRecord("en/S_PV.10124_en.txt").speeches();
        List<SpeechTurn> french = realRecord("fr/S_PV.10124_fr.txt").speeches();
        for (int removed : List.of(11, 24)) {
            List<SpeechTurn> frenchWithoutOne = new ArrayList<>(french);
            frenchWithoutOne.remove(removed - 1);

            TurnAlignment alignment = aligner.align(english, "en", frenchWithoutOne, "fr");

            assertThat(alignment.unpairedA()).as("without French turn %d", removed).containsExactly(removed);
            assertThat(alignment.pairs()).as("without French turn %d", removed).hasSize(28)
                    .allSatisfy(p -> assertThat(p.seqB()).as("partner of %s", p).isEqualTo(p.seqA()));
        }
    }

    @Test
    void theSyntheticSamplesAreDifferentMeetingsAndAreRefused() throws Exception {
        List<MeetingRecord> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(repositoryRoot().resolve("samples"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(PARSER.parse(file));
            }
        }
        assertThat(samples).hasSize(6);
        for (MeetingRecord a : samples) {
            for (MeetingRecord b : samples) {
                if (a != b) {
                    assertThatThrownBy(() -> aligner.align(a, b)).isInstanceOf(DifferentMeetingsException.class)
                            .hasMessageContaining(a.symbol()).hasMessageContaining(b.symbol());
                }
            }
        }
    }

    private static MeetingRecord realRecord(String file) throws Exception {
        Path corpus = CorpusTruthTests.corpusFolder();
        assumeTrue(Files.isRegularFile(corpus.resolve(file)), "shared corpus record " + file + " not found under " + corpus);
        return PARSER.parse(corpus.resolve(file));
    }

    private static Path repositoryRoot() {
        Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? Paths.get(System.getProperty("user.dir")) : dir;
    }
}
