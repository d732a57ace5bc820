package io.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time the three processes of the latency benchmark have used so far: the gateway's and the bench's own from
 * {@code /proc/PID/stat} (Linux, 100 ticks a second), Elasticsearch's as its node reports it. On a machine whose cores
 * they share, what the gateway uses is taken from Elasticsearch once the cores are busy.
 */
final class CpuTime {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double MS_PER_TICK = 10;
    private final HttpClient http = HttpClient.newHttpClient();
    private final long gatewayPid;
    private final String elasticsearchUrl;

    /** Milliseconds of CPU used by each process up to a moment. */
    record Sample(double gatewayMs, double elasticsearchMs, double benchMs) {

        /** What each used between {@code earlier} and this sample, per request. */
        String perRequest(Sample earlier, int requests) {
            return String.format("CPU per request: gateway %.2f ms, Elasticsearch %.2f ms, bench %.2f ms",
                    (gatewayMs - earlier.gatewayMs) / requests, (elasticsearchMs - earlier.elasticsearchMs) / requests,
                    (benchMs - earlier.benchMs) / requests);
        }
    }

    CpuTime(long gatewayPid, String elasticsearchUrl) {
        this.gatewayPid = gatewayPid;
        this.elasticsearchUrl = elasticsearchUrl;
    }

    Sample now() {
        return new Sample(ofProcess(gatewayPid), ofElasticsearch(), ofProcess(ProcessHandle.current().pid()));
    }

    private static double ofProcess(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private double ofElasticsearch() {
        try {
            String answer = http.send(HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/_nodes/_local/stats/process")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            JsonNode nodes = JSON.readTree(answer).path("nodes");
            return nodes.elements().next().path("process").path("cpu").path("total_in_millis").asDouble(Double.NaN);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }
}
