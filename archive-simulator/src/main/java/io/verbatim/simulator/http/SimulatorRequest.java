package io.verbatim.simulator.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the endpoints see it: method, decoded path, query arguments (repeated ones kept), the
 * request headers they care about, and the base URL the client used, for links in the response.
 */
public record SimulatorRequest(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
        String baseUrl) {

    public Optional<String> argument(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A request header by name, case-insensitively. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
                .map(h -> h.getValue().get(0)).findFirst();
    }

    public boolean isHead() {
        return method.equals("HEAD");
    }
}
