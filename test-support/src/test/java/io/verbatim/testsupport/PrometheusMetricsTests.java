package io.verbatim.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusMetricsTests {

    private static final String TEXT = """
            # HELP verbatim_records_total records through a stage, by outcome and source
            # TYPE verbatim_records_total counter
            verbatim_records_total{outcome="failed",source="inbox",stage="parse"} 5.0 # {span_id="8a70bb18bd345273",trace_id="58b6dd96b1c006070268e12b092ec107"} 1.0 1764760227.135
            verbatim_records_total{outcome="parsed",source="in}box \\"x\\"",stage="parse"} 7.0
            verbatim_records_total{outcome="parsed",source="oai",stage="parse"} 2.0
            process_uptime_seconds 12.5
            """;

    @Test
    void aSampleIsItsOwnValueNotTheValueOfItsExemplar() {
        PrometheusMetrics metrics = PrometheusMetrics.parse(TEXT);

        assertThat(metrics.value("verbatim_records_total", Map.of("outcome", "failed"))).isEqualTo(5.0);
    }

    @Test
    void samplesCarryingTheLabelsAreSummedAndQuotedBracesDoNotEndTheLabels() {
        PrometheusMetrics metrics = PrometheusMetrics.parse(TEXT);

        assertThat(metrics.value("verbatim_records_total", Map.of("outcome", "parsed"))).isEqualTo(9.0);
        assertThat(metrics.value("process_uptime_seconds", Map.of())).isEqualTo(12.5);
        assertThat(metrics.value("verbatim_records_total", Map.of("stage", "index"))).isZero();
        assertThat(metrics.names()).containsExactly("process_uptime_seconds", "verbatim_records_total");
    }
}
