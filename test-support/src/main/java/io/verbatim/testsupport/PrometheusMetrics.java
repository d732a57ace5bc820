package io.verbatim.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's metrics as it exposes them in the Prometheus text format ({@code /q/metrics}), for assertions:
 *
 * <pre>{@code
 * double parsed = PrometheusMetrics.of(baseUrl).value("verbatim_records_total", Map.of("stage", "parse", "outcome", "parsed"));
 * }</pre>
 */
public final class PrometheusMetrics {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * Name, labels and value of a sample line. The labels end at the first brace outside a quoted value: with traces
     * on, a line may end in an exemplar ({@code ... 5.0 # {trace_id="..."} 1.0}), whose value is not the sample's.
     */
    private static final Pattern SAMPLE = Pattern.compile(
            "^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{((?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;

    private PrometheusMetrics(String text) {
        this.text = text;
    }

    /** Reads {@code /q/metrics} of the service at {@code baseUrl} now. */
    public static PrometheusMetrics of(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics")).timeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + request.uri() + " answered " + response.statusCode());
            }
            return new PrometheusMetrics(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static PrometheusMetrics parse(String text) {
        return new PrometheusMetrics(text);
    }

    /** The sum of the samples of {@code name} that carry all of {@code labels} (others may have more); 0 when none does. */
    public double value(String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.find() && sample.group(1).equals(name) && carries(sample.group(3), labels)) {
                sum += Double.parseDouble(sample.group(4));
            }
        }
        return sum;
    }

    /** The names of the samples, such as {@code verbatim_records_total} and {@code verbatim_freshness_seconds_bucket}. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.find()) {
                names.add(sample.group(1));
            }
        }
        return names;
    }

    private static boolean carries(String labelText, Map<String, String> wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        if (labelText == null) {
            return false;
        }
        Map<String, String> labels = new HashMap<>();
        Matcher label = LABEL.matcher(labelText);
        while (label.find()) {
            labels.put(label.group(1), label.group(2));
        }
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
