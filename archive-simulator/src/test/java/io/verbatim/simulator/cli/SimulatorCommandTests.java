package io.verbatim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SimulatorCommandTests {

    private final SimulatorCommand.DurationConverter durations = new SimulatorCommand.DurationConverter();

    @Test
    void durationsAreWrittenAsOnTheCommandLine() {
        assertThat(durations.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(durations.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(durations.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(durations.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(durations.convert("0")).isZero();
        assertThat(durations.convert("PT45S")).isEqualTo(Duration.ofSeconds(45));
        assertThatThrownBy(() -> durations.convert("soon")).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("30s");
    }

    @Test
    void optionsHaveTheDocumentedDefaults() {
        SimulatorCommand command = new SimulatorCommand();
        new CommandLine(command).parseArgs();

        assertThat(command.port).isEqualTo(8084);
        assertThat(command.records).isEqualTo(1000);
        assertThat(command.pageSize).isEqualTo(100);
        assertThat(command.publishEvery).isEqualTo(Duration.ofSeconds(30));
        assertThat(command.languages).containsExactly("ar", "zh", "en", "fr", "ru", "es");
    }
}
