package io.verbatim.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.Topics;
import io.verbatim.testsupport.KafkaTestConsumer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One record followed across the services: one trace from the upload to the index, carried in the Kafka headers of each
 * topic and exported by every service to an OTLP collector; and every log line about the record, in every service, a
 * JSON object that names the record and its trace.
 */
class ObservabilityIT {

    private static final Duration WITHIN = Duration.ofSeconds(90);

    @Test
    void oneRecordIsOneTraceAcrossTheServicesAndItsLogLinesNameIt() throws Exception {
        RunningPipeline pipeline = RunningPipeline.shared();
        String bootstrap = pipeline.infrastructure().kafkaBootstrapServers();
        try (var fetched = new KafkaTestConsumer(bootstrap, Topics.FETCHED);
             var parsed = new KafkaTestConsumer(bootstrap, Topics.PARSED);
             var indexed = new KafkaTestConsumer(bootstrap, Topics.INDEXED)) {
            String recordId = upload(pipeline);

            await("record " + recordId + " indexed").atMost(WITHIN).until(() -> !indexed.recordsWithKey(recordId).isEmpty());
            String trace = traceId(fetched, recordId, Topics.FETCHED);
            assertThat(traceId(parsed, recordId, Topics.PARSED)).as("trace of the parsed event").isEqualTo(trace);
            assertThat(traceId(indexed, recordId, Topics.INDEXED)).as("trace of the indexed event").isEqualTo(trace);

            for (String service : List.of("ingest-service", "parse-service", "index-service")) {
                await(service + " exported a span of trace " + trace).atMost(Duration.ofSeconds(30))
                        .until(() -> pipeline.traces().hasSpan(service, trace));
                assertThat(linesAbout(pipeline.service(service), recordId)).as("log lines of " + service + " about " + recordId)
                        .isNotEmpty()
                        .allSatisfy(line -> {
                            assertThat(line.path("mdc").path("recordId").asText()).as("mdc.recordId").isEqualTo(recordId);
                            assertThat(line.path("mdc").path("traceId").asText()).as("mdc.traceId").isEqualTo(trace);
                        });
            }
        }
    }

    private static String upload(RunningPipeline pipeline) throws IOException, InterruptedException {
        HttpResponse<String> response = pipeline.upload("traced.txt",
                ("S/PV.9989\n\n  The President: I call the meeting to order. " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
        return EventJson.mapper().readTree(response.body()).path("recordId").asText();
    }

    /** The trace id of the record's event on the topic, from its W3C {@code traceparent} header. */
    private static String traceId(KafkaTestConsumer topic, String recordId, String name) {
        List<KafkaTestConsumer.Received> events = topic.recordsWithKey(recordId);
        assertThat(events).as("events of " + recordId + " on " + name).hasSize(1);
        String traceparent = events.getFirst().header("traceparent");
        assertThat(traceparent).as("traceparent of the event on " + name).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        return traceparent.substring(3, 35);
    }

    /** The service's log lines that mention the record, each read as the JSON object it must be. */
    private static List<JsonNode> linesAbout(ServiceProcess service, String recordId) {
        try {
            return Files.readAllLines(service.logFile()).stream().filter(line -> line.contains(recordId)).map(line -> {
                try {
                    return EventJson.mapper().readTree(line);
                } catch (IOException e) {
                    throw new AssertionError("a log line of " + service.module() + " is not JSON: " + line, e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
