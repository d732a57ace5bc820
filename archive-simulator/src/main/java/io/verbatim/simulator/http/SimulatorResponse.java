package io.verbatim.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A response before it is sent, so that faults can be applied to any endpoint's answer the same way. */
public record SimulatorResponse(int status, Map<String, List<String>> headers, byte[] body, boolean xml) {

    public SimulatorResponse {
        headers = Map.copyOf(headers);
    }

    public static SimulatorResponse xml(byte[] body) {
        return new SimulatorResponse(200, Map.of("Content-Type", List.of("text/xml; charset=UTF-8")), body, true);
    }

    public static SimulatorResponse xml(byte[] body, String contentType) {
        return new SimulatorResponse(200, Map.of("Content-Type", List.of(contentType)), body, true);
    }

    public static SimulatorResponse text(int status, String text) {
        return new SimulatorResponse(status, Map.of("Content-Type", List.of("text/plain; charset=UTF-8")),
                text.getBytes(StandardCharsets.UTF_8), false);
    }

    public static SimulatorResponse html(String html) {
        return new SimulatorResponse(200, Map.of("Content-Type", List.of("text/html; charset=UTF-8")),
                html.getBytes(StandardCharsets.UTF_8), false);
    }

    public SimulatorResponse withHeader(String name, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(headers);
        more.put(name, List.of(value));
        return new SimulatorResponse(status, more, body, xml);
    }

    public SimulatorResponse withBody(byte[] newBody) {
        return new SimulatorResponse(status, headers, newBody, xml);
    }
}
