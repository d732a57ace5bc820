package io.verbatim.gateway.alerts;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The server-sent-event streams of the alerts: every subscriber of an alert gets each of its matches. */
@ApplicationScoped
public class AlertStreams {

    private final Map<String, BroadcastProcessor<AlertMatch>> streams = new ConcurrentHashMap<>();

    public Multi<AlertMatch> subscribe(String alertId) {
        return streams.computeIfAbsent(alertId, id -> BroadcastProcessor.create());
    }

    void publish(AlertMatch match) {
        BroadcastProcessor<AlertMatch> stream = streams.get(match.alertId());
        if (stream != null) {
            stream.onNext(match);
        }
    }

    void close(String alertId) {
        BroadcastProcessor<AlertMatch> stream = streams.remove(alertId);
        if (stream != null) {
            stream.onComplete();
        }
    }
}
