package io.verbatim.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A number of clients each sending its next request as soon as the last one's answer has been read to its end (a
 * closed loop, no think time), sharing one HTTP/1.1 client that keeps its connections alive. Request k is the mix's
 * k-th modulo its size, whoever sends it, so two runs of the same length send the same requests. A run ends after a
 * number of requests or, once a time is up, at the end of the pass over the mix then under way, so that every query
 * of the mix is sent as often as the others.
 */
final class ClosedLoopClients {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Every request's latency (nanoseconds, by request number) and the run's wall time. */
    record Run(long[] nanos, double seconds, int clients) {
    }

    Run run(List<HttpRequest> mix, int clients, int requests, Duration atMost) throws InterruptedException {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger end = new AtomicInteger(requests);
        long deadline = System.nanoTime() + atMost.toNanos();
        AtomicReference<String> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("search-client-" + c).start(() -> {
                for (int k = next.getAndIncrement(); k < end.get() && failure.get() == null; k = next.getAndIncrement()) {
                    if (System.nanoTime() > deadline) {
                        int passEnd = (k / mix.size() + 1) * mix.size();
                        end.accumulateAndGet(passEnd, Math::min);
                    }
                    HttpRequest request = mix.get(k % mix.size());
                    long sent = System.nanoTime();
                    String problem = send(request);
                    nanos[k] = System.nanoTime() - sent;
                    if (problem != null) {
                        failure.compareAndSet(null, problem);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return new Run(java.util.Arrays.copyOf(nanos, Math.min(end.get(), requests)), seconds, clients);
    }

    /** Null when the answer is a 200, read to its end; else what went wrong. */
    private String send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                return request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                        + body.substring(0, Math.min(400, body.length()));
            }
            return null;
        } catch (IOException e) {
            return request.method() + " " + request.uri() + " failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
