package io.verbatim.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.SimulatorConfig;
import io.verbatim.simulator.http.LoggedRequest;
import io.verbatim.simulator.meeting.Language;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A fetcher that waits wrongly waits forever; the timeout turns that into a failure. */
@Timeout(30)
class PoliteFetcherTests {

    private ArchiveSimulator archive;
    private PoliteFetcher fetcher;

    @BeforeEach
    void start() {
        archive = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(3).languages(List.of(Language.EN))
                .crawlDelay(Duration.ofSeconds(1)).build());
        archive.start();
    }

    @AfterEach
    void stop() {
        if (fetcher != null) {
            fetcher.close();
        }
        archive.close();
    }

    @Test
    void theHostsCrawlDelayIsTheDelayBetweenRequests() throws Exception {
        fetcher = new PoliteFetcher(fast());

        for (int i = 0; i < 3; i++) {
            assertThat(fetcher.fetch(oai("Identify")).fetched()).isTrue();
        }

        assertThat(fetcher.minDelayFor(oai("Identify"))).isEqualTo(Duration.ofSeconds(1));
        List<LoggedRequest> requests = archive.requests();
        assertThat(requests).extracting(LoggedRequest::path).first().isEqualTo("/robots.txt");
        assertThat(gaps(requests)).as("gaps between requests").allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(980)));
    }

    @Test
    void aConfiguredDelayOverridesTheCrawlDelayAndConcurrentCallersStillQueue() throws Exception {
        fetcher = new PoliteFetcher(fast().withMinDelay(Duration.ofMillis(150)).withMaxInFlightPerHost(4));

        try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
            List<Future<FetchResult>> results = callers.invokeAll(List.<Callable<FetchResult>>of(
                    () -> fetcher.fetch(oai("Identify")), () -> fetcher.fetch(oai("Identify")),
                    () -> fetcher.fetch(oai("Identify")), () -> fetcher.fetch(oai("Identify"))));
            for (Future<FetchResult> result : results) {
                assertThat(result.get().fetched()).isTrue();
            }
        }

        assertThat(gaps(archive.requests())).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(140)));
    }

    @Test
    void a503WithRetryAfterIsRetriedAndNoRequestGoesToTheHostInsideTheWindow() throws Exception {
        fetcher = new PoliteFetcher(fast().withMinDelay(Duration.ZERO));
        fetcher.fetch(oai("Identify"));
        archive.clearRequests();
        archive.failNext(2, 503, Duration.ofSeconds(1));

        FetchResult result = fetcher.fetch(oai("Identify"));

        assertThat(result.fetched()).isTrue();
        assertThat(result.attempts()).isEqualTo(3);
        List<LoggedRequest> requests = archive.requests();
        assertThat(requests).extracting(LoggedRequest::status).containsExactly(503, 503, 200);
        assertThat(gaps(requests)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void a429ClosesTheHostForEveryCaller() throws Exception {
        fetcher = new PoliteFetcher(fast().withMinDelay(Duration.ZERO).withMaxInFlightPerHost(2));
        fetcher.fetch(oai("Identify"));
        archive.clearRequests();
        archive.failNext(1, 429, Duration.ofSeconds(1));

        try (ExecutorService callers = Executors.newFixedThreadPool(2)) {
            Future<FetchResult> first = callers.submit(() -> fetcher.fetch(oai("Identify")));
            assertThat(first.get().fetched()).isTrue();
            Future<FetchResult> second = callers.submit(() -> fetcher.fetch(oai("ListSets")));
            assertThat(second.get().fetched()).isTrue();
        }

        List<LoggedRequest> requests = archive.requests();
        Duration refused = requests.getFirst().sinceStart();
        assertThat(requests.getFirst().status()).isEqualTo(429);
        assertThat(requests.subList(1, requests.size())).allSatisfy(later ->
                assertThat(later.sinceStart().minus(refused)).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void aTruncatedBodyIsFetchedAgain() throws Exception {
        fetcher = new PoliteFetcher(fast().withMinDelay(Duration.ZERO));
        fetcher.fetch(oai("Identify"));
        archive.truncateNext(1);

        FetchResult result = fetcher.fetch(file());

        assertThat(result.fetched()).isTrue();
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(new String(result.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(archive.text(firstRecid(), Language.EN));
    }

    @Test
    void persistentFailureIsReportedWithTheUrlAndTheAttempts() {
        fetcher = new PoliteFetcher(fast().withMinDelay(Duration.ZERO).withBackoff(3, Duration.ofMillis(20), Duration.ofMillis(50)));
        archive.failNext(10, 500, Duration.ZERO);

        assertThatThrownBy(() -> fetcher.fetch(oai("Identify")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("/oai2d?verb=Identify").hasMessageContaining("after 3 attempts").hasMessageContaining("HTTP 500");
    }

    @Test
    void anUnchangedFileIsNotDownloadedAgainAndAChangedOneIs() throws Exception {
        fetcher = new PoliteFetcher(fast().withMinDelay(Duration.ZERO));

        takeIfFetched(fetcher.fetchIfChanged(file()));
        assertThat(fetcher.fetchIfChanged(file()).outcome()).isEqualTo(FetchResult.Outcome.NOT_MODIFIED);
        archive.change(firstRecid());
        assertThat(fetcher.fetchIfChanged(file()).outcome()).isEqualTo(FetchResult.Outcome.FETCHED);

        assertThat(archive.requests()).filteredOn(r -> r.path().contains("/files/")).extracting(LoggedRequest::status)
                .containsExactly(200, 304, 200);
    }

    @Test
    void aFileFetchedButNotTakenIsDownloadedInFullAgain() throws Exception {
        fetcher = new PoliteFetcher(fast().withMinDelay(Duration.ZERO));

        FetchResult lostOnTheWay = fetcher.fetchIfChanged(file());
        assertThat(lostOnTheWay.validators()).as("the archive sends validators").isNotNull();
        takeIfFetched(fetcher.fetchIfChanged(file()));
        assertThat(fetcher.fetchIfChanged(file()).outcome()).isEqualTo(FetchResult.Outcome.NOT_MODIFIED);

        assertThat(archive.requests()).filteredOn(r -> r.path().contains("/files/")).extracting(LoggedRequest::status)
                .containsExactly(200, 200, 304);
    }

    private void takeIfFetched(FetchResult result) {
        assertThat(result.outcome()).isEqualTo(FetchResult.Outcome.FETCHED);
        fetcher.taken(result.uri(), result.validators());
    }

    @Test
    void missingAndWithdrawnFilesAreOutcomesNotFailures() throws Exception {
        fetcher = new PoliteFetcher(fast().withMinDelay(Duration.ZERO));

        assertThat(fetcher.fetch(URI.create(archive.baseUrl() + "/ods?symbol=S/PV.99999&lang=en")).outcome())
                .isEqualTo(FetchResult.Outcome.NOT_FOUND);
        archive.makeGone(firstRecid(), Language.EN, 410);
        assertThat(fetcher.fetch(file()).outcome()).isEqualTo(FetchResult.Outcome.GONE);
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        fetcher = new PoliteFetcher(fast().withMinDelay(Duration.ZERO).withMaxBodyBytes(100));

        assertThatThrownBy(() -> fetcher.fetch(file())).isInstanceOf(FetchException.class).hasMessageContaining("larger than the limit of 100");
    }

    @Test
    void theContentIsSniffedWhateverTheServerSays() throws Exception {
        fetcher = new PoliteFetcher(fast().withMinDelay(Duration.ZERO));

        assertThat(fetcher.fetch(oai("Identify")).sniffedType()).isEqualTo(ContentSniffer.XML);
        assertThat(fetcher.fetch(file()).sniffedType()).isEqualTo(ContentSniffer.TEXT);
        URI pdf = URI.create(file().toString().replace("-EN.txt", "-EN.pdf"));
        assertThat(fetcher.fetch(pdf).sniffedType()).isEqualTo(ContentSniffer.PDF);
    }

    private static FetchSettings fast() {
        return FetchSettings.polite().withBackoff(4, Duration.ofMillis(50), Duration.ofMillis(200));
    }

    private URI oai(String verb) {
        return URI.create(archive.oaiBaseUrl() + "?verb=" + verb);
    }

    private long firstRecid() {
        return archive.records().getFirst().recid();
    }

    private URI file() {
        String symbol = archive.records().getFirst().symbol();
        return URI.create(archive.baseUrl() + "/record/" + firstRecid() + "/files/" + symbol.replace('/', '_') + "-EN.txt");
    }

    private static List<Duration> gaps(List<LoggedRequest> requests) {
        return java.util.stream.IntStream.range(1, requests.size())
                .mapToObj(i -> requests.get(i).sinceStart().minus(requests.get(i - 1).sinceStart())).toList();
    }
}
