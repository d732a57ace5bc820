package io.verbatim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.SimulatorClient;
import io.verbatim.simulator.SimulatorConfig;
import io.verbatim.simulator.TestClock;
import io.verbatim.simulator.archive.Archive;
import io.verbatim.simulator.meeting.Language;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files by Digital Library address and by symbol, with validators and conditional GET. */
class FileEndpointTests {

    private static final long FIRST = Archive.FIRST_RECID;
    private static final String EN_PDF = "/record/" + FIRST + "/files/S_PV.9001-EN.pdf";

    private final TestClock clock = new TestClock(Instant.parse("2026-01-15T12:00:00Z"));
    private ArchiveSimulator simulator;
    private SimulatorClient client;

    @BeforeEach
    void start() {
        simulator = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(6).clock(clock).build());
        simulator.start();
        client = new SimulatorClient(simulator);
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void aFileCarriesItsValidators() throws Exception {
        HttpResponse<byte[]> pdf = client.get(EN_PDF);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("ETag")).isPresent();
        assertThat(pdf.headers().firstValue("Last-Modified")).hasValue("Thu, 15 Jan 2026 11:54:00 GMT");
    }

    @Test
    void conditionalGetAnswers304WhileTheCopyIsCurrent() throws Exception {
        String etag = client.get(EN_PDF).headers().firstValue("ETag").orElseThrow();

        assertThat(client.get(EN_PDF, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(client.get(EN_PDF, "If-Modified-Since", "Thu, 15 Jan 2026 11:54:00 GMT").statusCode()).isEqualTo(304);
        assertThat(client.get(EN_PDF, "If-Modified-Since", "Thu, 15 Jan 2026 11:53:59 GMT").statusCode()).isEqualTo(200);
        assertThat(client.get(EN_PDF, "If-None-Match", "\"another\"").statusCode()).isEqualTo(200);
    }

    @Test
    void aChangedRecordHasNewBytesAndANewEtag() throws Exception {
        HttpResponse<byte[]> before = client.get(EN_PDF);
        clock.advance(Duration.ofMinutes(30));

        simulator.change(FIRST);

        HttpResponse<byte[]> after = client.get(EN_PDF, "If-None-Match", before.headers().firstValue("ETag").orElseThrow());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isNotEqualTo(before.body());
        assertThat(after.headers().firstValue("Last-Modified")).hasValue("Thu, 15 Jan 2026 12:30:00 GMT");
        assertThat(client.get(EN_PDF).headers().firstValue("ETag")).as("the same version renders the same bytes")
                .isEqualTo(after.headers().firstValue("ETag"));
    }

    @Test
    void textIsServedForEveryEditionAndPdfOnlyWhereAFontDrawsIt() throws Exception {
        HttpResponse<byte[]> russian = client.get("/record/" + FIRST + "/files/S_PV.9001-RU.txt");

        assertThat(russian.statusCode()).isEqualTo(200);
        assertThat(new String(russian.body(), StandardCharsets.UTF_8)).startsWith("Организация Объединенных Наций").contains("S/PV.9001");
        assertThat(simulator.servesPdf(Language.RU)).as("no font directory is configured").isFalse();
        assertThat(client.get("/record/" + FIRST + "/files/S_PV.9001-RU.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void filesBySymbolAreServedOnceTheNumberIsPublished() throws Exception {
        assertThat(client.get("/ods?symbol=S/PV.9001&lang=en").statusCode()).isEqualTo(200);
        assertThat(new String(client.get("/ods?symbol=CD/PV.1701&lang=fr&format=txt").body(), StandardCharsets.UTF_8))
                .startsWith("Nations Unies").contains("1701e séance plénière");
        assertThat(client.get("/ods?symbol=S/PV.9003&lang=en").statusCode()).isEqualTo(404);

        simulator.publish(3);

        assertThat(client.get("/ods?symbol=S/PV.9003&lang=en").statusCode()).isEqualTo(200);
    }

    @Test
    void filesOfADeletedRecordAreGoneAndAGoneFileAnswersAsTold() throws Exception {
        simulator.delete(FIRST + 1);
        simulator.makeGone(FIRST, Language.FR, 404);

        assertThat(client.get("/record/" + (FIRST + 1) + "/files/A_80_PV.1-EN.pdf").statusCode()).isEqualTo(410);
        assertThat(client.get("/record/" + FIRST + "/files/S_PV.9001-FR.pdf").statusCode()).isEqualTo(404);
        assertThat(client.get("/ods?symbol=S/PV.9001&lang=fr").statusCode()).isEqualTo(404);
        assertThat(client.get(EN_PDF).statusCode()).isEqualTo(200);
    }

    @Test
    void robotsTxtGivesTheCrawlDelay() throws Exception {
        assertThat(new String(client.get("/robots.txt").body(), StandardCharsets.UTF_8)).contains("Crawl-delay: 5");
    }
}
