package io.verbatim.simulator.http;

import io.verbatim.simulator.meeting.Language;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faults the server is told to inject, each into as many responses as asked, whatever the endpoint:
 * refusals with Retry-After, a delay before every response, bodies cut short of their Content-Length, XML
 * that is not well-formed, and files that are gone. Counters are taken under one lock so two requests
 * never consume the same fault.
 */
public final class FaultInjector {

    private int failures;
    private int failureStatus;
    private Duration retryAfter = Duration.ZERO;
    private int truncations;
    private int malformations;
    private Duration delay = Duration.ZERO;
    private final Map<String, Integer> goneFiles = new ConcurrentHashMap<>();

    public synchronized void failNext(int count, int status, Duration retryAfter) {
        this.failures = count;
        this.failureStatus = status;
        this.retryAfter = retryAfter;
    }

    public synchronized void delayResponses(Duration delay) {
        this.delay = delay;
    }

    public synchronized void truncateNext(int count) {
        this.truncations = count;
    }

    public synchronized void malformXmlNext(int count) {
        this.malformations = count;
    }

    public void makeGone(long recid, Language language, int status) {
        goneFiles.put(recid + "/" + language.code(), status);
    }

    public synchronized void clear() {
        failures = 0;
        truncations = 0;
        malformations = 0;
        delay = Duration.ZERO;
        goneFiles.clear();
    }

    /** The refusal to send instead of the response, if one is due; as Invenio's oai2d words it. */
    synchronized Optional<SimulatorResponse> takeFailure() {
        if (failures == 0) {
            return Optional.empty();
        }
        failures--;
        long seconds = Math.max(0, retryAfter.toSeconds());
        SimulatorResponse refusal = SimulatorResponse.text(failureStatus, "Retry after " + seconds + " seconds\n");
        return Optional.of(retryAfter.isZero() ? refusal : refusal.withHeader("Retry-After", Long.toString(seconds)));
    }

    synchronized Duration delay() {
        return delay;
    }

    synchronized boolean takeTruncation() {
        if (truncations == 0) {
            return false;
        }
        truncations--;
        return true;
    }

    /** XML cut after an opening bracket with an unescaped ampersand: no parser accepts it. */
    synchronized SimulatorResponse malformIfDue(SimulatorResponse response) {
        if (!response.xml() || malformations == 0) {
            return response;
        }
        malformations--;
        String xml = new String(response.body(), StandardCharsets.UTF_8);
        int cut = xml.lastIndexOf('<', xml.length() * 3 / 5);
        return response.withBody((xml.substring(0, Math.max(0, cut)) + "<broken attribute=\"&\"").getBytes(StandardCharsets.UTF_8));
    }

    Optional<Integer> goneStatus(long recid, Language language) {
        return Optional.ofNullable(goneFiles.get(recid + "/" + language.code()));
    }
}
