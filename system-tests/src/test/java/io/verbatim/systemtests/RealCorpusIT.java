package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real meeting record in two languages (S/PV.10124 in English and French, as pdf.js extracted it, from
 * {@code ../shared/corpus} beside the repository) through the whole pipeline: its turns, the other language version,
 * the parallel view turn by turn, and search in each language. Without the corpus the tests are reported, loudly, as
 * skipped: the real records are not part of the repository.
 */
class RealCorpusIT {

    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(90);
    private static final String SYMBOL = "S/PV.10124";
    /** Both truth files list the same 29 turns in the same order. */
    private static final int TURNS = 29;

    private static GatewayClient gateway;
    private static String english;
    private static String french;

    @BeforeAll
    static void ingestBothLanguageVersions() throws IOException {
        RunningPipeline pipeline = RunningPipeline.shared();
        Path corpus = pipeline.repositoryRoot().resolve("../shared/corpus").normalize();
        Path en = corpus.resolve("en/S_PV.10124_en.txt");
        Path fr = corpus.resolve("fr/S_PV.10124_fr.txt");
        if (!Files.isRegularFile(en) || !Files.isRegularFile(fr)) {
            System.err.println("*** CORPUS NOT FOUND at " + corpus + ": the real-record system tests (RealCorpusIT) are SKIPPED ***");
            Assumptions.abort("no real corpus at " + corpus);
        }
        gateway = new GatewayClient(pipeline.gatewayUrl());
        pipeline.drop("S_PV.10124_en.txt", Files.readAllBytes(en));
        pipeline.drop("S_PV.10124_fr.txt", Files.readAllBytes(fr));
        await("both versions of " + SYMBOL + " searchable with all their turns").atMost(SEARCHABLE_WITHIN).until(() ->
                turnCount("en") == TURNS && turnCount("fr") == TURNS);
        english = recordOf("en");
        french = recordOf("fr");
    }

    @Test
    void theRecordComesWithItsTurnsPagesAndItsOtherLanguage() {
        JsonNode view = gateway.getJson(gateway.baseUrl() + "/api/documents/" + english);

        assertThat(view.path("document").path("symbol").asText()).isEqualTo(SYMBOL);
        assertThat(view.path("document").path("body").asText()).isEqualTo("Security Council");
        assertThat(view.path("document").path("date").asText()).isEqualTo("2026-03-23");
        assertThat(view.path("speeches")).hasSize(TURNS);
        JsonNode fletcher = view.path("speeches").get(3);
        assertThat(fletcher.path("speaker").asText()).isEqualTo("Mr. Fletcher");
        assertThat(fletcher.path("role").asText()).isEqualTo("other");
        assertThat(fletcher.path("page").asInt()).isEqualTo(4);
        assertThat(view.path("versions").findValuesAsText("documentId")).containsExactly(french);
        assertThat(view.path("versions").findValuesAsText("language")).containsExactly("fr");
    }

    @Test
    void everyTurnHasItsFrenchCounterpartInTheParallelView() {
        List<String> wrong = new ArrayList<>();
        for (int seq = 1; seq <= TURNS; seq++) {
            JsonNode versions = gateway.getJson(gateway.baseUrl() + "/api/documents/" + english + "/speeches/" + seq + "/versions");
            JsonNode fr = versions.get(0);
            if (fr == null || !fr.path("documentId").asText().equals(french) || fr.path("seq").asInt() != seq) {
                wrong.add(seq + " -> " + fr);
            }
        }
        assertThat(wrong).as("English turns not paired with the French turn of the same place").isEmpty();
    }

    @Test
    void aPhraseFindsItsSpeakerInEachLanguage() {
        JsonNode english = gateway.hits("\"get out of Ukraine\"", "type=speeches", "symbol=" + SYMBOL).getFirst();
        assertThat(english.path("speaker").asText()).isEqualTo("Mr. Melnyk");
        assertThat(english.path("country").asText()).isEqualTo("UKR");
        assertThat(english.path("language").asText()).isEqualTo("en");

        // Typed with a plain apostrophe; the record prints a typographic one.
        JsonNode french = gateway.hits("quittent l'Ukraine", "type=speeches", "symbol=" + SYMBOL, "language=fr").getFirst();
        assertThat(french.path("speaker").asText()).isEqualTo("M. Melnyk");
        assertThat(french.path("snippet").asText()).contains("<mark>");
    }

    private static long turnCount(String language) {
        return gateway.search("", "type=speeches", "symbol=" + SYMBOL, "language=" + language).path("total").asLong();
    }

    private static String recordOf(String language) {
        return gateway.hits("", "type=speeches", "symbol=" + SYMBOL, "language=" + language).getFirst().path("documentId").asText();
    }
}
