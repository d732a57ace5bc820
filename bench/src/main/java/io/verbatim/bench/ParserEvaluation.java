package io.verbatim.bench;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.parser.UnparseableDocumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the parser over a corpus folder ({@code truth/*.json} and the records they name) and prints turn
 * precision, recall and F1 and the accuracy of turn attributes and metadata, per language, per format and
 * overall. Usage: {@code ParserEvaluation [CORPUS]}, default {@code ../shared/corpus} beside the repository.
 */
public final class ParserEvaluation {

    private final MeetingRecordParser parser = new MeetingRecordParser();
    private final Map<String, Scores> groups = new TreeMap<>();

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Paths.get(args[0]) : RepoPaths.defaultCorpus();
        Path truth = corpus.resolve("truth");
        if (!Files.isDirectory(truth)) {
            System.err.println("no corpus at " + corpus.toAbsolutePath() + " (expected a truth/ folder): nothing to evaluate");
            System.exit(2);
        }
        List<Path> truths;
        try (Stream<Path> files = Files.list(truth)) {
            truths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ParserEvaluation evaluation = new ParserEvaluation();
        for (Path file : truths) {
            evaluation.evaluate(corpus, TruthRecord.read(file));
        }
        System.out.println("corpus " + corpus.toAbsolutePath() + ": " + truths.size() + " truth files");
        evaluation.groups.forEach((name, scores) -> System.out.print(scores.report(name)));
        AlignmentEvaluation.printFor(corpus);
    }

    private void evaluate(Path corpus, TruthRecord truth) {
        List<Scores> targets = List.of(group("all"), group("lang " + truth.language()), group("format " + truth.format()),
                group(truth.language() + "/" + truth.format()));
        MeetingRecord parsed;
        try {
            parsed = parser.parse(corpus.resolve(truth.file()));
        } catch (UnparseableDocumentException e) {
            System.err.println("cannot parse " + truth.file() + ": " + e.getMessage());
            targets.forEach(s -> {
                s.record(false);
                s.turns(truth.turns().size(), 0, 0);
            });
            return;
        }
        List<TurnAligner.Pair> pairs = TurnAligner.align(truth.turns(), parsed.speeches());
        long matched = pairs.stream().filter(p -> Objects.equals(p.truth().speaker(), p.parsed().speaker())).count();
        for (Scores s : targets) {
            s.record(true);
            s.turns(truth.turns().size(), parsed.speeches().size(), (int) matched);
            for (TurnAligner.Pair p : pairs) {
                s.field("speaker", Objects.equals(p.truth().speaker(), p.parsed().speaker()));
                s.field("role", Objects.equals(p.truth().role(), p.parsed().role()));
                s.field("country", Objects.equals(p.truth().country(), p.parsed().country()));
                s.field("spokenLanguage", Objects.equals(p.truth().spokenLanguage(), p.parsed().spokenLanguage()));
                if (p.truth().page() != null) {
                    s.field("page", p.truth().page() == p.parsed().page());
                }
                if (p.truth().agendaItemGiven()) {
                    s.field("agendaItem", Objects.equals(p.truth().agendaItem(), p.parsed().agendaItem()));
                }
            }
            RunningLinesLeft left = RunningLinesLeft.of(truth.metadata());
            parsed.speeches().forEach(turn -> s.headerCheck(left.foundIn(turn.text())));
            compareMetadata(truth, parsed, s);
        }
    }

    private static void compareMetadata(TruthRecord truth, MeetingRecord parsed, Scores s) {
        var m = truth.metadata();
        s.field("symbol", Objects.equals(TruthRecord.text(m, "symbol"), parsed.symbol()));
        s.field("body", Objects.equals(TruthRecord.text(m, "body"), parsed.body()));
        s.field("meetingNumber", Objects.equals(TruthRecord.text(m, "meetingNumber"), parsed.meetingNumber() == null ? null : parsed.meetingNumber().toString()));
        s.field("date", Objects.equals(TruthRecord.text(m, "date"), parsed.date() == null ? null : parsed.date().toString()));
        s.field("startTime", Objects.equals(TruthRecord.text(m, "startTime"), parsed.startTime()));
        s.field("endTime", Objects.equals(TruthRecord.text(m, "endTime"), parsed.endTime()));
        s.field("jobNumber", Objects.equals(TruthRecord.text(m, "jobNumber"), parsed.jobNumber()));
        if (m.has("place")) {
            s.field("place", Objects.equals(TruthRecord.text(m, "place"), parsed.place()));
        }
        var president = m.path("president");
        boolean presidentRight = president.isMissingNode() || president.isNull()
                ? parsed.president() == null
                : parsed.president() != null
                        && Objects.equals(PersonNames.withoutTitles(TruthRecord.text(president, "name")),
                                PersonNames.withoutTitles(parsed.president().name()))
                        && Objects.equals(TruthRecord.text(president, "country"), parsed.president().country());
        s.field("president", presidentRight);
    }

    private Scores group(String name) {
        return groups.computeIfAbsent(name, k -> new Scores());
    }
}
