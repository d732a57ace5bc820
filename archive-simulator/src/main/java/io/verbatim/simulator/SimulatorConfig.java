package io.verbatim.simulator;

import io.verbatim.simulator.meeting.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The knobs of an {@link ArchiveSimulator}. The defaults suit a test: an ephemeral port on the loopback,
 * 1,000 records in the six languages, 100 per OAI page, no publishing schedule.
 *
 * @param bindAddress      the address to listen on; 0.0.0.0 for every interface
 * @param port             0 for an ephemeral port
 * @param initialRecords   records in the archive before the first request
 * @param languages        the editions each record has
 * @param pageSize         records per OAI-PMH list response
 * @param publishEvery     a new record this often once started; zero for none
 * @param seed             the meetings' speakers and sentences follow from it and the record number
 * @param repositoryHost   the host in OAI identifiers, {@code oai:<host>:<recid>}
 * @param baseUrl          the address clients reach the simulator at, for links; null to take it from
 *                         each request's Host header
 * @param crawlDelay       robots.txt's Crawl-delay, in whole seconds
 * @param tokenLifetime    how long a resumption token stays valid
 * @param fontDirectories  where to look for the TrueType fonts of the Russian, Arabic and Chinese PDFs
 * @param clock            datestamps, responseDate and the request log's times come from it
 */
public record SimulatorConfig(String bindAddress, int port, int initialRecords, List<Language> languages, int pageSize,
        Duration publishEvery, long seed, String repositoryHost, String baseUrl, Duration crawlDelay, Duration tokenLifetime,
        List<Path> fontDirectories, Clock clock) {

    public SimulatorConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        languages = List.copyOf(languages);
        fontDirectories = List.copyOf(fontDirectories);
        Objects.requireNonNull(publishEvery, "publishEvery");
        Objects.requireNonNull(clock, "clock");
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("the archive needs at least one language");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("the OAI page size must be at least 1, not " + pageSize);
        }
        if (initialRecords < 0 || port < 0 || publishEvery.isNegative()) {
            throw new IllegalArgumentException("records, port and publishing interval cannot be negative");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().bindAddress(bindAddress).port(port).initialRecords(initialRecords).languages(languages)
                .pageSize(pageSize).publishEvery(publishEvery).seed(seed).repositoryHost(repositoryHost).baseUrl(baseUrl)
                .crawlDelay(crawlDelay).tokenLifetime(tokenLifetime).fontDirectories(fontDirectories).clock(clock);
    }

    public static final class Builder {
        private String bindAddress = "127.0.0.1";
        private int port;
        private int initialRecords = 1000;
        private List<Language> languages = List.of(Language.values());
        private int pageSize = 100;
        private Duration publishEvery = Duration.ZERO;
        private long seed = 42;
        private String repositoryHost = "localhost";
        private String baseUrl;
        private Duration crawlDelay = Duration.ofSeconds(5);
        private Duration tokenLifetime = Duration.ofHours(1);
        private List<Path> fontDirectories = List.of();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder bindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder initialRecords(int initialRecords) {
            this.initialRecords = initialRecords;
            return this;
        }

        public Builder languages(List<Language> languages) {
            this.languages = languages;
            return this;
        }

        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public Builder publishEvery(Duration publishEvery) {
            this.publishEvery = publishEvery;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder repositoryHost(String repositoryHost) {
            this.repositoryHost = repositoryHost;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder crawlDelay(Duration crawlDelay) {
            this.crawlDelay = crawlDelay;
            return this;
        }

        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = tokenLifetime;
            return this;
        }

        public Builder fontDirectories(List<Path> fontDirectories) {
            this.fontDirectories = fontDirectories;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public SimulatorConfig build() {
            return new SimulatorConfig(bindAddress, port, initialRecords, languages, pageSize, publishEvery, seed,
                    repositoryHost, baseUrl, crawlDelay, tokenLifetime, fontDirectories, clock);
        }
    }
}
