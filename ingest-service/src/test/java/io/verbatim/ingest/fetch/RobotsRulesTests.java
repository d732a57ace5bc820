package io.verbatim.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTests {

    private static final String AGENT = FetchSettings.DEFAULT_USER_AGENT;

    @Test
    void theGroupForEveryAgentGivesTheCrawlDelayAndDisallowedPaths() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nCrawl-delay: 5\nDisallow: /search\n", AGENT);

        assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(5));
        assertThat(rules.allows("/search/results")).isFalse();
        assertThat(rules.allows("/oai2d")).isTrue();
    }

    @Test
    void ourOwnGroupWinsOverTheGroupForEveryAgent() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: *
                Disallow: /

                User-agent: Googlebot
                User-agent: Verbatim-harvester
                Crawl-delay: 2.5 # be gentle
                Disallow:
                """, AGENT);

        assertThat(rules.crawlDelay()).contains(Duration.ofMillis(2500));
        assertThat(rules.allows("/oai2d")).isTrue();
    }

    @Test
    void nonsenseAndAnEmptyFileAskNothing() {
        assertThat(RobotsRules.parse("", AGENT)).isEqualTo(RobotsRules.NONE);
        RobotsRules rules = RobotsRules.parse("<html>not a robots file</html>\nCrawl-delay: soon\n", AGENT);
        assertThat(rules.crawlDelay()).isEmpty();
        assertThat(rules.allows("/anything")).isTrue();
    }
}
