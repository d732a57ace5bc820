package io.verbatim.bench;

import java.util.Arrays;

/** Median, 95th and 99th percentile (nearest rank), max and throughput of one run of the clients. */
record LatencyFigures(double medianMs, double p95Ms, double p99Ms, double maxMs, double perSecond, int requests) {

    static LatencyFigures of(ClosedLoopClients.Run run) {
        long[] sorted = run.nanos().clone();
        Arrays.sort(sorted);
        return new LatencyFigures(ms(sorted, 50), ms(sorted, 95), ms(sorted, 99), sorted[sorted.length - 1] / 1e6,
                sorted.length / run.seconds(), sorted.length);
    }

    /** The median latency of the requests of one query of the mix (request k is query k modulo the mix's size). */
    static double medianOfQuery(ClosedLoopClients.Run run, int query, int mixSize) {
        long[] own = new long[(run.nanos().length - query + mixSize - 1) / mixSize];
        for (int k = query, i = 0; k < run.nanos().length; k += mixSize, i++) {
            own[i] = run.nanos()[k];
        }
        Arrays.sort(own);
        return ms(own, 50);
    }

    String line() {
        return String.format("median %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.1f ms  %7.1f requests/s  (%d requests)",
                medianMs, p95Ms, p99Ms, maxMs, perSecond, requests);
    }

    private static double ms(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
