package io.verbatim.simulator.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The requests answered, oldest first; the oldest are dropped beyond a capacity, so a long run stays small. */
public final class RequestLog {

    private final int capacity;
    private final Deque<LoggedRequest> requests = new ArrayDeque<>();

    public RequestLog(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(LoggedRequest request) {
        if (requests.size() == capacity) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    public synchronized List<LoggedRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized void clear() {
        requests.clear();
    }
}
