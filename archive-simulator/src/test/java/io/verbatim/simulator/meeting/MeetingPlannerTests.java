package io.verbatim.simulator.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plan of a record is a pure function of the seed and the record number. */
class MeetingPlannerTests {

    @Test
    void organsTakeTurnsAndEachNumbersItsMeetingsOn() {
        MeetingPlanner planner = new MeetingPlanner(7);

        assertThat(planner.expected(1, Language.EN).symbol()).isEqualTo("S/PV.9001");
        assertThat(planner.expected(2, Language.EN).symbol()).isEqualTo("A/80/PV.1");
        assertThat(planner.expected(3, Language.EN).symbol()).isEqualTo("CD/PV.1701");
        assertThat(planner.expected(4, Language.EN).symbol()).isEqualTo("S/PV.9002");
        assertThat(planner.expected(4, Language.EN).date()).as("the next working day").isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(planner.expected(16, Language.EN).date()).as("a weekend is skipped").isEqualTo(LocalDate.of(2025, 9, 16));
    }

    @Test
    void theSameSeedGivesTheSameMeetingAndAnotherSeedOtherSpeakers() {
        ExpectedRecord once = new MeetingPlanner(42).expected(10, Language.FR);
        ExpectedRecord again = new MeetingPlanner(42).expected(10, Language.FR);

        assertThat(again).isEqualTo(once);
        assertThat(once.turnCount()).isEqualTo(2 * once.speakers().size() + 1);
        assertThat(once.speakers()).hasSizeBetween(3, 6);
        assertThat(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(n -> new MeetingPlanner(43).expected(n, Language.EN).turns()))
                .isNotEqualTo(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(n -> new MeetingPlanner(42).expected(n, Language.EN).turns()));
    }

    @Test
    void aNewVersionKeepsTheSpeakersAndChangesTheWords() {
        MeetingPlanner planner = new MeetingPlanner(42);
        MeetingTextWriter writer = new MeetingTextWriter(Edition.of(Language.EN));

        assertThat(planner.plan(5, 2).turns()).isEqualTo(planner.plan(5, 1).turns());
        assertThat(writer.write(planner.plan(5, 2)).text()).isNotEqualTo(writer.write(planner.plan(5, 1)).text());
    }

    @Test
    void theTextLooksLikeAnExtractedNewYorkRecord() {
        String text = new MeetingTextWriter(Edition.of(Language.EN)).write(new MeetingPlanner(42).plan(1)).text();

        assertThat(text).startsWith("United Nations").contains("S/PV.9001").contains("Security Council")
                .contains("9001st meeting").contains("Tuesday, 9 September 2025")
                .containsPattern("The meeting was called to order at \\d{1,2}\\.\\d{2} [ap]\\.m\\.")
                .containsPattern("The meeting rose at \\d{1,2}(\\.\\d{2})? [ap]\\.m\\.")
                .containsPattern("\\d{2}-\\d{5} \\(E\\) +\\*\\d{7}\\*").containsPattern("\\d{2}-\\d{5} +2/\\d")
                .contains("\f").contains("  The President");
    }
}
