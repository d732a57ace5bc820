package io.verbatim.simulator.cli;

import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.SimulatorConfig;
import io.verbatim.simulator.meeting.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code archive-simulator}: serves the synthetic archive until stopped. */
@Command(name = "archive-simulator", mixinStandardHelpOptions = true,
        description = "Serves a synthetic archive of UN meeting records in the manner of the UN Digital Library (OAI-PMH, RSS, Atom, files).")
public final class SimulatorCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8084", description = "port to listen on; 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to listen on; 0.0.0.0 for all (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--records", defaultValue = "1000", description = "records in the archive at start (default: ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--languages", defaultValue = "ar,zh,en,fr,ru,es", split = ",", description = "editions of each record (default: ${DEFAULT-VALUE})")
    List<String> languages;

    @Option(names = "--page-size", defaultValue = "100", description = "records per OAI-PMH page (default: ${DEFAULT-VALUE})")
    int pageSize;

    @Option(names = "--publish-every", defaultValue = "30s", converter = DurationConverter.class,
            description = "publish a new record this often, e.g. 30s, 2m; 0 for never (default: ${DEFAULT-VALUE})")
    Duration publishEvery;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the speakers and sentences (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--repository-host", defaultValue = "localhost", description = "host in OAI identifiers oai:<host>:<recid> (default: ${DEFAULT-VALUE})")
    String repositoryHost;

    @Option(names = "--base-url", description = "address clients use, for links (default: from each request's Host header)")
    String baseUrl;

    @Option(names = "--crawl-delay", defaultValue = "5s", converter = DurationConverter.class, description = "robots.txt Crawl-delay (default: ${DEFAULT-VALUE})")
    Duration crawlDelay;

    @Option(names = "--token-lifetime", defaultValue = "1h", converter = DurationConverter.class, description = "how long a resumption token lives (default: ${DEFAULT-VALUE})")
    Duration tokenLifetime;

    @Option(names = "--font-dir", description = "a directory of TrueType fonts for the ru, ar and zh PDFs; repeatable")
    List<Path> fontDirectories = List.of();

    @Override
    public Integer call() throws InterruptedException {
        SimulatorConfig config = SimulatorConfig.builder().bindAddress(bind).port(port).initialRecords(records)
                .languages(languages.stream().map(Language::fromCode).toList()).pageSize(pageSize).publishEvery(publishEvery)
                .seed(seed).repositoryHost(repositoryHost).baseUrl(baseUrl).crawlDelay(crawlDelay).tokenLifetime(tokenLifetime)
                .fontDirectories(fontDirectories).build();
        ArchiveSimulator simulator = new ArchiveSimulator(config);
        int bound = simulator.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }));
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf("archive-simulator: %d records on http://%s:%d/oai2d?verb=Identify; PDF for %s, text only for %s; %s%n",
                config.initialRecords(), bind, bound,
                config.languages().stream().filter(simulator::servesPdf).map(Language::code).toList(),
                config.languages().stream().filter(l -> !simulator.servesPdf(l)).map(Language::code).toList(),
                publishEvery.isZero() ? "not publishing" : "publishing a record every " + publishEvery.toString().substring(2).toLowerCase(Locale.ROOT));
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorCommand()).execute(args));
    }

    /** {@code 30s}, {@code 2m}, {@code 1h}, {@code 500ms}, {@code 0}, or ISO-8601 {@code PT30S}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.equals("0")) {
                return Duration.ZERO;
            }
            if (v.startsWith("p")) {
                return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
            }
            for (String[] unit : new String[][] {{"ms", "PT0.%sS"}, {"s", "PT%sS"}, {"m", "PT%sM"}, {"h", "PT%sH"}}) {
                if (v.endsWith(unit[0]) && v.substring(0, v.length() - unit[0].length()).matches("\\d+")) {
                    String number = v.substring(0, v.length() - unit[0].length());
                    return unit[0].equals("ms") ? Duration.ofMillis(Long.parseLong(number)) : Duration.parse(String.format(unit[1], number));
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; use e.g. 30s, 2m, 1h, 500ms or 0");
        }
    }
}
