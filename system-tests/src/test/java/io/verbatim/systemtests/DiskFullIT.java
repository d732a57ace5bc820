package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.PrometheusMetrics;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The blob store's disk full while a harvest is in flight, then freed: the harvest is held back with a reason that
 * says so, ingest-service reports itself not ready, an upload is refused with 507, and once the space is back every
 * record arrives exactly once. The data folder is a small file system of its own ({@link SmallFilesystem}) filled
 * by a ballast file.
 */
class DiskFullIT {

    private static final int RECORDS = 240;
    private static final Duration FULL_FOR = Duration.ofSeconds(20);

    @Test
    void aFullBlobStoreHoldsRecordsBackWithTheReasonAndOnceFreedEachArrivesOnce() throws Exception {
        RunningPipeline pipeline = RunningPipeline.shared();
        if (!pipeline.hasSmallDataFilesystem()) {
            System.err.println("""

                    ********************************************************************************
                    [system-tests] DiskFullIT DID NOT RUN: no small file system could be mounted for the
                    data folder (a tmpfs mount takes root). The other fault tests ran.
                    ********************************************************************************
                    """);
        }
        Assumptions.assumeTrue(pipeline.hasSmallDataFilesystem(), "a tmpfs could not be mounted for the data folder");
        ServiceProcess harvester = pipeline.startHarvestingIngest("ingest-disk-full");
        HarvestedStream stream = new HarvestedStream(harvester, new IndexedRecords(ElasticsearchTestClient.of(pipeline.infrastructure())),
                RECORDS);
        try (ArchiveSimulator archive = HarvestedStream.pacedArchive(RECORDS, 701)) {
            String source = HarvestSources.add(harvester.baseUrl(), archive);
            stream.awaitDocuments(source, RECORDS / 4, "before the disk fills");

            try (Ballast ballast = Ballast.fill(pipeline.dataDir().resolve("ballast-" + UUID.randomUUID()))) {
                await("the harvest held back by the full disk").atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                        HarvestSources.status(harvester.baseUrl(), source).path("lastError").asText().contains("blob store is full"));
                await("ingest-service not ready while its disk is full").atMost(Duration.ofSeconds(30)).until(() -> !harvester.isReady());
                HttpResponse<String> upload = pipeline.upload("disk-full-" + UUID.randomUUID() + ".txt",
                        ("S/PV.9990\n\n  The President: I call the meeting to order. " + UUID.randomUUID() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                assertThat(upload.statusCode()).as(upload.body()).isEqualTo(507);
                assertThat(upload.body()).contains("blob store is full");
                assertThat(PrometheusMetrics.of(harvester.baseUrl()).value("verbatim_blob_store_free_bytes", Map.of()))
                        .as("free bytes reported on a full disk").isLessThan(1 << 20);
                Thread.sleep(FULL_FOR.toMillis());
            }

            stream.awaitEveryRecordOnce(archive, source);
            await("ingest-service ready again").atMost(HarvestedStream.WITHIN).until(harvester::isReady);
            HarvestSources.remove(harvester.baseUrl(), source);
        } finally {
            harvester.stop();
        }
    }
}
