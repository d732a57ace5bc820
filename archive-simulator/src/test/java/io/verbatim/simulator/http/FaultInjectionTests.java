package io.verbatim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.SimulatorClient;
import io.verbatim.simulator.SimulatorConfig;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** Each injected fault affects as many responses as asked, and the request log shows what was sent. */
class FaultInjectionTests {

    private static final String LIST = "/oai2d?verb=ListRecords&metadataPrefix=marcxml";

    private ArchiveSimulator simulator;
    private SimulatorClient client;

    @BeforeEach
    void start() {
        simulator = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(20).pageSize(10).build());
        simulator.start();
        client = new SimulatorClient(simulator);
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void failNextRefusesThatManyRequestsWithRetryAfter() throws Exception {
        simulator.failNext(2, 503, Duration.ofSeconds(2));

        HttpResponse<byte[]> first = client.get(LIST);
        HttpResponse<byte[]> second = client.get("/rss");
        HttpResponse<byte[]> third = client.get(LIST);

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("Retry after 2 seconds\n");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(third.statusCode()).isEqualTo(200);
    }

    @Test
    void theRequestLogShowsTimesStatusesAndHeaders() throws Exception {
        simulator.failNext(1, 429, Duration.ofSeconds(1));

        client.get(LIST);
        client.get("/oai2d?verb=Identify");

        assertThat(simulator.requests()).extracting(LoggedRequest::method, LoggedRequest::target, LoggedRequest::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GET", LIST, 429),
                        org.assertj.core.groups.Tuple.tuple("GET", "/oai2d?verb=Identify", 200));
        LoggedRequest refused = simulator.requests().get(0);
        assertThat(refused.responseHeaders()).containsEntry("Retry-After", java.util.List.of("1"));
        assertThat(refused.path()).isEqualTo("/oai2d");
        assertThat(simulator.requests().get(1).sinceStart()).isGreaterThanOrEqualTo(refused.sinceStart());
    }

    @Test
    void slowResponsesWaitBeforeAnswering() throws Exception {
        simulator.slowResponses(Duration.ofMillis(300));

        long started = System.nanoTime();
        assertThat(client.get("/robots.txt").statusCode()).isEqualTo(200);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        simulator.slowResponses(Duration.ZERO);
    }

    @Test
    void aTruncatedBodyEndsBeforeItsContentLength() throws Exception {
        simulator.truncateNext(1);

        assertThatThrownBy(() -> client.get("/record/" + simulator.records().get(0).recid() + "/files/S_PV.9001-EN.pdf"))
                .isInstanceOf(IOException.class);
        assertThat(client.get(LIST).statusCode()).as("only the next body is cut").isEqualTo(200);
    }

    @Test
    void malformedXmlIsServedAsManyTimesAsAskedAndOnlyToXmlResponses() throws Exception {
        simulator.malformXmlNext(1);

        assertThat(client.get("/robots.txt").statusCode()).as("not XML, not counted").isEqualTo(200);
        HttpResponse<byte[]> broken = client.get(LIST);

        assertThat(broken.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> SimulatorClient.parse(broken.body())).isInstanceOf(SAXParseException.class);
        SimulatorClient.parse(client.get(LIST).body());
    }
}
