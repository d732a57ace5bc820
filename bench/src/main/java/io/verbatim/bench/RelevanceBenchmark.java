package io.verbatim.bench;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.gateway.service.SearchQueryBuilder;
import io.verbatim.gateway.service.SearchRequest;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.supervisor.RepositoryLayout;
import io.verbatim.supervisor.RunFolder;
import io.verbatim.testsupport.nativeprocess.NativeElasticsearchNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Search relevance of the two analysis chains on the judged set: the real records of the shared corpus, the
 * repository's samples and the bench's own synthetic records, parsed, indexed into one throw-away index per chain on
 * a native node with the analysis plugin, and searched with every judged query. Prints nDCG@10 and recall@100 per
 * language and per kind, {@code standard} (the standard analyzer, words by OR, as a bare index answers) beside
 * {@code verbatim} (the contracts' definition and the gateway's own query). Usage: {@code RelevanceBenchmark [CORPUS]}.
 */
public final class RelevanceBenchmark {

    private static final String STANDARD_DEFINITION = """
            {"settings":{"number_of_shards":1,"number_of_replicas":0},
             "mappings":{"dynamic":false,"properties":{"language":{"type":"keyword"},"symbol":{"type":"keyword"},
               "seq":{"type":"integer"},"speaker":{"type":"text"},"country":{"type":"keyword"},
               "text":{"type":"text"}}}}""";

    private final ObjectMapper json = new ObjectMapper();
    private final JacksonJsonpMapper jsonp = new JacksonJsonpMapper();
    private final SearchQueryBuilder queries = new SearchQueryBuilder();

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Path.of(args[0]) : RepoPaths.defaultCorpus();
        if (!Files.isDirectory(corpus)) {
            System.err.println("the corpus of real records is not at " + corpus + "; bench/relevance needs it"
                    + " (../shared/corpus beside the repository, or give its path)");
            System.exit(2);
        }
        List<Map<String, Object>> turns = turnsOf(recordFiles(corpus));
        List<JudgedQuery> judged = JudgedQuery.load();
        System.out.printf("corpus: %d speech turns from %s, the samples and bench/src/main/resources/relevance/records;"
                + " %d judged queries%n", turns.size(), corpus, judged.size());
        NativeElasticsearchNode node = NativeElasticsearchNode.start(RepositoryLayout.locate(), RunFolder.create());
        try {
            new RelevanceBenchmark().run("http://" + node.hostAndPort(), turns, judged);
        } finally {
            node.stop();
        }
    }

    private void run(String url, List<Map<String, Object>> turns, List<JudgedQuery> judged) {
        RelevanceIndex standard = new RelevanceIndex(url, "relevance-standard");
        RelevanceIndex verbatim = new RelevanceIndex(url, "relevance-verbatim");
        standard.create(STANDARD_DEFINITION, turns);
        verbatim.create(Indices.SPEECHES.definition(), turns);
        List<Scored> scored = new ArrayList<>();
        for (JudgedQuery query : judged) {
            List<String> bare = standard.search(standardQuery(query));
            List<String> ours = verbatim.search(verbatimQuery(query));
            scored.add(new Scored(query, RankingMetrics.ndcgAt10(bare, query.relevant()),
                    RankingMetrics.ndcgAt10(ours, query.relevant()), RankingMetrics.recallAt100(bare, query.relevant()),
                    RankingMetrics.recallAt100(ours, query.relevant())));
        }
        if (Boolean.getBoolean("relevance.perQuery")) {
            scored.forEach(s -> System.out.printf("%-6s %-12s %.3f %.3f  %.3f %.3f  %s%n", s.query().id(), s.query().kind(),
                    s.ndcgStandard(), s.ndcgVerbatim(), s.recallStandard(), s.recallVerbatim(), s.query().query()));
        }
        printTable("language", scored, s -> s.query().language());
        printTable("kind", scored, s -> s.query().kind());
        printTable("all", scored, s -> "all");
    }

    /** The bare default: the standard analyzer, words by OR, quotes as phrases, the same filters. */
    private String standardQuery(JudgedQuery query) {
        List<Object> filters = new ArrayList<>();
        query.filters().forEach((field, value) -> filters.add(Map.of("term", Map.of(field, value))));
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("must", Map.of("simple_query_string", Map.of("query", query.query(), "fields", List.of("text", "speaker"))));
        bool.put("filter", filters);
        return write(Map.of("size", RankingMetrics.RECALL_DEPTH, "_source", false, "query", Map.of("bool", bool)));
    }

    /** The gateway's own search body for this query, as it would send it. */
    private String verbatimQuery(JudgedQuery query) {
        SearchRequest request = SearchRequest.of(query.query(), "speeches", query.filters(), null, null, 0,
                RankingMetrics.RECALL_DEPTH);
        return JsonpUtils.toJsonString(queries.build(request), jsonp);
    }

    private static void printTable(String by, List<Scored> scored, Function<Scored, String> key) {
        Map<String, List<Scored>> groups = new TreeMap<>();
        scored.forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        System.out.printf("%n| %s | queries | nDCG@10 standard | nDCG@10 verbatim | recall@100 standard | recall@100 verbatim |%n", by);
        System.out.println("|---|---:|---:|---:|---:|---:|");
        groups.forEach((name, group) -> System.out.printf("| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", name, group.size(),
                mean(group, Scored::ndcgStandard), mean(group, Scored::ndcgVerbatim),
                mean(group, Scored::recallStandard), mean(group, Scored::recallVerbatim)));
    }

    private static double mean(List<Scored> group, java.util.function.ToDoubleFunction<Scored> metric) {
        return group.stream().mapToDouble(metric).average().orElse(0);
    }

    private static List<Path> recordFiles(Path corpus) throws IOException {
        Path repo = RepoPaths.repoRoot();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> real = Files.walk(corpus, 2)) {
            real.filter(p -> p.toString().endsWith(".txt")).filter(p -> !p.getParent().equals(corpus)).sorted()
                    .forEach(files::add);
        }
        for (Path dir : List.of(repo.resolve("samples"), repo.resolve("bench/src/main/resources/relevance/records"))) {
            try (Stream<Path> own = Files.list(dir)) {
                own.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** Each turn as the speeches index holds it, with {@code symbol|language|seq} as its id (what the judges name). */
    private static List<Map<String, Object>> turnsOf(List<Path> files) {
        MeetingRecordParser parser = new MeetingRecordParser();
        List<Map<String, Object>> turns = new ArrayList<>();
        for (Path file : files) {
            MeetingRecord record;
            try {
                record = parser.parse(file);
            } catch (Exception e) {
                throw new IllegalStateException("cannot parse " + file + " for the relevance corpus: " + e.getMessage(), e);
            }
            for (SpeechTurn turn : record.speeches()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("id", record.symbol() + "|" + record.language() + "|" + turn.seq());
                doc.put("symbol", record.symbol());
                doc.put("language", record.language());
                doc.put("seq", turn.seq());
                doc.put("speaker", turn.speaker());
                if (turn.country() != null) {
                    doc.put("country", turn.country());
                }
                doc.put("text", turn.text());
                turns.add(doc);
            }
        }
        return turns;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Scored(JudgedQuery query, double ndcgStandard, double ndcgVerbatim, double recallStandard,
                          double recallVerbatim) {
    }
}
