package io.verbatim.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.parser.corpus.RepositoryFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingCharacterFilterTests {

    private static final Pattern PHRASES = Pattern.compile("(?iu)(the meeting rose|la séance est levée|会议于.{0,20}结束).*");

    @Test
    void refusesOnlyTextsThePatternCannotMatch() {
        LeadingCharacterFilter filter = new LeadingCharacterFilter(PHRASES);

        assertThat(filter.mayMatch("The meeting rose at 1 p.m.")).isTrue();
        assertThat(filter.mayMatch("THE MEETING ROSE")).as("case folded as the pattern folds it").isTrue();
        assertThat(filter.mayMatch("La séance est levée à 13 h 5.")).isTrue();
        assertThat(filter.mayMatch("会议于下午1时结束。")).isTrue();
        assertThat(filter.mayMatch("My delegation supports the draft.")).isFalse();
        assertThat(filter.mayMatch("主席：我宣布会议开始。")).isFalse();
    }

    /** The filter never refuses a text the pattern matches: every line of the six sample records, and events. */
    @Test
    void neverRefusesAMatchOnTheSampleRecords() throws IOException {
        Pattern anyLine = Pattern.compile("(?iu)(the meeting|la séance|se levanta|заседание|会议|رفعت).*");
        LeadingCharacterFilter filter = new LeadingCharacterFilter(anyLine);
        List<String> lines = new ArrayList<>(List.of("The meeting rose", "la séance est levée", "Заседание закрывается"));
        try (Stream<Path> files = Files.list(RepositoryFolders.samples())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).forEach(line -> lines.add(line.strip()));
            }
        }
        assertThat(lines).hasSizeGreaterThan(300);
        int matched = 0;
        for (String line : lines) {
            if (anyLine.matcher(line).matches()) {
                assertThat(filter.mayMatch(line)).as(line).isTrue();
                matched++;
            }
        }
        assertThat(matched).isGreaterThanOrEqualTo(3);
    }
}
