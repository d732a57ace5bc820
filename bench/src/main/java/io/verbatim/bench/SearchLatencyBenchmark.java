package io.verbatim.bench;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.verbatim.gateway.service.SearchQueryBuilder;
import io.verbatim.supervisor.RepositoryLayout;
import io.verbatim.supervisor.RunFolder;
import io.verbatim.testsupport.nativeprocess.NativeElasticsearchNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway's search latency against Elasticsearch's own for the same searches, in the same run. A native node with
 * the analysis plugin gets the real indices (the contracts' definitions behind their aliases) filled with at least
 * TURNS speech turns made from the samples, the bench's synthetic records and the real corpus; search-gateway runs as
 * its packaged jar; then the fixed mix of {@link LatencyQueryMix} is sent by 1, 8 and 32 closed-loop clients to the
 * gateway's {@code /api/search} and, as the very request the gateway makes of it, straight to Elasticsearch, the order
 * of the two sides alternating from one level to the next. Prints median, 95th and 99th percentile, throughput and the
 * gateway's share over Elasticsearch at the 95th percentile. Usage: {@code SearchLatencyBenchmark [TURNS]}.
 */
public final class SearchLatencyBenchmark {

    private static final int REQUESTS = Integer.getInteger("search-latency.requests", 2040);
    private static final Duration AT_MOST = Duration.ofSeconds(Integer.getInteger("search-latency.seconds", 60));
    private static final int WARM_UP = Integer.getInteger("search-latency.warm-up", 1020);
    private static final Duration WARM_UP_AT_MOST = Duration.ofSeconds(Integer.getInteger("search-latency.warm-up-seconds", 30));
    /** The first level starts with the gateway unless this is set; the order alternates from level to level. */
    private static final boolean ELASTICSEARCH_FIRST = Boolean.getBoolean("search-latency.elasticsearch-first");
    private static final List<Integer> CLIENTS = Arrays.stream(System.getProperty("search-latency.clients", "1,8,32").split(","))
            .map(String::strip).map(Integer::parseInt).toList();

    public static void main(String[] args) throws Exception {
        long turns = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        Path root = RepoPaths.repoRoot();
        Path gatewayRoot = Path.of(System.getProperty("search-latency.gateway-root", root.toString()));
        PackagedService.jarOf(gatewayRoot, "search-gateway");
        TemplateRecords templates = TemplateRecords.load(root, RepoPaths.defaultCorpus());
        System.out.printf("search latency on %,d speech turns made from %d records (%d of them real, %d turns); %d cores%n",
                turns, templates.records().size(), templates.real(), templates.turns(), Runtime.getRuntime().availableProcessors());

        NativeElasticsearchNode node = NativeElasticsearchNode.start(RepositoryLayout.locate(), RunFolder.create());
        try {
            String elasticsearch = "http://" + node.hostAndPort();
            load(elasticsearch, templates, turns);
            try (PackagedService gateway = PackagedService.start(gatewayRoot, "search-gateway",
                    System.getenv().getOrDefault("SERVICE_HEAP", "256m"), gatewayProperties(node, root),
                    System.getenv().getOrDefault("GATEWAY_OPTS", ""))) {
                compare(gateway.baseUrl(), elasticsearch, new CpuTime(gateway.pid(), elasticsearch));
                System.out.printf("%nthe indices after the runs (merges under way during them change the segment count):%n%s",
                        new SearchIndexLoad(elasticsearch).describe());
            }
        } finally {
            node.stop();
        }
    }

    private static void load(String elasticsearch, TemplateRecords templates, long turns) throws Exception {
        SearchIndexLoad load = new SearchIndexLoad(elasticsearch);
        load.createIndices();
        SearchIndexLoad.Loaded loaded = load.load(new VariedRecords(templates.records()), turns);
        System.out.printf("loaded %,d records, %,d speech turns, %.1f MB in %d bulk requests: %.1f s, %,.0f turns/s, %.1f MB/s%n",
                loaded.records(), loaded.turns(), loaded.bytes() / 1e6, loaded.requests(), loaded.seconds(),
                loaded.turns() / loaded.seconds(), loaded.bytes() / 1e6 / loaded.seconds());
        boolean forceMerge = Boolean.getBoolean("search-latency.force-merge");
        long settling = System.nanoTime();
        load.settle(forceMerge);
        System.out.printf("refreshed%s in %.1f s%n%s", forceMerge ? " and force-merged to one segment" : "",
                (System.nanoTime() - settling) / 1e9, load.describe());
    }

    /** Nothing but search: no alert matcher (so no Kafka), no rate limit (the clients share one address). */
    private static Map<String, String> gatewayProperties(NativeElasticsearchNode node, Path root) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.elasticsearch.hosts", node.hostAndPort());
        properties.put("kafka.bootstrap.servers", "127.0.0.1:9");
        properties.put("verbatim.alerts.enabled", "false");
        properties.put("verbatim.rate-limit.per-second", "0");
        properties.put("verbatim.data-dir", root.resolve("bench/target/search-latency-infra/data").toString());
        return properties;
    }

    private static void compare(String gatewayUrl, String elasticsearchUrl, CpuTime cpu) throws Exception {
        List<LatencyQuery> mix = LatencyQueryMix.queries();
        SearchQueryBuilder builder = new SearchQueryBuilder();
        JacksonJsonpMapper mapper = new JacksonJsonpMapper();
        List<HttpRequest> toGateway = mix.stream().map(q -> q.toGateway(gatewayUrl)).toList();
        List<HttpRequest> toElasticsearch = mix.stream().map(q -> q.toElasticsearch(elasticsearchUrl, builder, mapper)).toList();
        int same = new SameAnswers().check(mix, toGateway, toElasticsearch);
        System.out.printf("%d queries in the mix; the gateway and Elasticsearch give the same total, hits and facets for %d of them%n",
                mix.size(), same);

        ClosedLoopClients clients = new ClosedLoopClients();
        System.out.printf("warming up: %d requests or %d s to each side, 4 clients; then per side and level %d requests or %d s%n",
                WARM_UP, WARM_UP_AT_MOST.toSeconds(), REQUESTS, AT_MOST.toSeconds());
        clients.run(toGateway, 4, WARM_UP, WARM_UP_AT_MOST);
        clients.run(toElasticsearch, 4, WARM_UP, WARM_UP_AT_MOST);

        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < CLIENTS.size(); i++) {
            int n = CLIENTS.get(i);
            boolean gatewayFirst = (i % 2 == 0) != ELASTICSEARCH_FIRST;
            CpuTime.Sample before = cpu.now();
            ClosedLoopClients.Run first = clients.run(gatewayFirst ? toGateway : toElasticsearch, n, REQUESTS, AT_MOST);
            CpuTime.Sample between = cpu.now();
            ClosedLoopClients.Run second = clients.run(gatewayFirst ? toElasticsearch : toGateway, n, REQUESTS, AT_MOST);
            CpuTime.Sample after = cpu.now();
            String firstCpu = between.perRequest(before, first.nanos().length);
            String secondCpu = after.perRequest(between, second.nanos().length);
            Level level = new Level(n, gatewayFirst, gatewayFirst ? first : second, gatewayFirst ? second : first);
            levels.add(level);
            System.out.printf("%n%d client%s (%s first)%n  gateway        %s%n                 %s%n  Elasticsearch  %s%n"
                            + "                 %s%n  the gateway adds %+.1f%% at p95%n",
                    n, n == 1 ? "" : "s", gatewayFirst ? "gateway" : "Elasticsearch", level.gateway().line(),
                    gatewayFirst ? firstCpu : secondCpu, level.elasticsearch().line(), gatewayFirst ? secondCpu : firstCpu,
                    level.addedAtP95());
            if (n == 1) {
                printPerQuery(mix, level);
            }
        }
        printTable(levels);
    }

    private static void printPerQuery(List<LatencyQuery> mix, Level level) {
        System.out.println("  per query, median ms (gateway / Elasticsearch):");
        for (int q = 0; q < mix.size(); q++) {
            double ours = LatencyFigures.medianOfQuery(level.gatewayRun(), q, mix.size());
            double bare = LatencyFigures.medianOfQuery(level.elasticsearchRun(), q, mix.size());
            System.out.printf("    %7.2f / %7.2f  %+6.2f  %s%n", ours, bare, ours - bare, mix.get(q).name());
        }
    }

    private static void printTable(List<Level> levels) {
        System.out.printf("%n| clients | gateway median / p95 / p99 | gateway req/s | Elasticsearch median / p95 / p99 | Elasticsearch req/s | gateway adds at p95 |%n");
        System.out.println("|---:|---|---:|---|---:|---:|");
        for (Level level : levels) {
            LatencyFigures ours = level.gateway();
            LatencyFigures bare = level.elasticsearch();
            System.out.printf("| %d | %.1f / %.1f / %.1f ms | %.1f | %.1f / %.1f / %.1f ms | %.1f | %+.1f%% |%n", level.clients(),
                    ours.medianMs(), ours.p95Ms(), ours.p99Ms(), ours.perSecond(), bare.medianMs(), bare.p95Ms(), bare.p99Ms(),
                    bare.perSecond(), level.addedAtP95());
        }
    }

    private record Level(int clients, boolean gatewayFirst, ClosedLoopClients.Run gatewayRun, ClosedLoopClients.Run elasticsearchRun) {

        LatencyFigures gateway() {
            return LatencyFigures.of(gatewayRun);
        }

        LatencyFigures elasticsearch() {
            return LatencyFigures.of(elasticsearchRun);
        }

        double addedAtP95() {
            return 100 * (gateway().p95Ms() / elasticsearch().p95Ms() - 1);
        }
    }
}
