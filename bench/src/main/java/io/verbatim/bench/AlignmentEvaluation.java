package io.verbatim.bench;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.parser.UnparseableDocumentException;
import io.verbatim.parser.align.DifferentMeetingsException;
import io.verbatim.parser.align.LanguageVersionAligner;
import io.verbatim.parser.align.TurnAlignment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The alignment accuracy across versions: for every symbol with more than one language version in the
 * corpus, parses the versions, aligns each pair with {@link LanguageVersionAligner} and scores the pairs
 * against the truth, where turn i of one version's truth file is turn i of the other's. Parsed turns are
 * mapped to truth turns as {@link ParserEvaluation} maps them: {@link TurnAligner}, in order, on the start
 * of the text.
 * Then, as a sanity check, the synthetic samples (six different meetings) must be refused.
 * Usage: {@code AlignmentEvaluation [CORPUS]}, default {@code ../shared/corpus} beside the repository.
 */
public final class AlignmentEvaluation {

    private final MeetingRecordParser parser = new MeetingRecordParser();
    private final LanguageVersionAligner aligner = new LanguageVersionAligner();
    private int correct;
    private int truthPairs;

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Paths.get(args[0]) : RepoPaths.defaultCorpus();
        if (!Files.isDirectory(corpus.resolve("truth"))) {
            System.err.println("no corpus at " + corpus.toAbsolutePath() + " (expected a truth/ folder): nothing to align");
            System.exit(2);
        }
        printFor(corpus);
        printSampleCheck(RepoPaths.repoRoot().resolve("samples"));
    }

    /** Prints the alignment accuracy across versions of the corpus's meetings that have several versions. */
    public static void printFor(Path corpus) throws IOException {
        Map<String, List<TruthRecord>> versions = new TreeMap<>();
        for (Path file : jsonFiles(corpus.resolve("truth"))) {
            TruthRecord truth = TruthRecord.read(file);
            versions.computeIfAbsent(TruthRecord.text(truth.metadata(), "symbol"), k -> new ArrayList<>()).add(truth);
        }
        versions.values().removeIf(v -> v.size() < 2);
        System.out.println("alignment accuracy across versions: " + versions.size() + " meeting(s) with more than one version");
        AlignmentEvaluation evaluation = new AlignmentEvaluation();
        versions.forEach((symbol, truths) -> {
            truths.sort(Comparator.comparing(TruthRecord::language));
            for (int a = 0; a < truths.size(); a++) {
                for (int b = a + 1; b < truths.size(); b++) {
                    evaluation.evaluate(corpus, symbol, truths.get(a), truths.get(b));
                }
            }
        });
        System.out.printf("  all: %d/%d truth pairs correct (%s)%n", evaluation.correct, evaluation.truthPairs,
                percent(evaluation.correct, evaluation.truthPairs));
    }

    private void evaluate(Path corpus, String symbol, TruthRecord truthA, TruthRecord truthB) {
        String name = symbol + " " + truthA.language() + "<->" + truthB.language();
        int expected = Math.min(truthA.turns().size(), truthB.turns().size());
        truthPairs += expected;
        if (truthA.turns().size() != truthB.turns().size()) {
            System.out.println("  " + name + ": the truth files list " + truthA.turns().size() + " and " + truthB.turns().size()
                    + " turns; only the first " + expected + " are scored as pairs");
        }
        MeetingRecord a;
        MeetingRecord b;
        TurnAlignment alignment;
        try {
            a = parser.parse(corpus.resolve(truthA.file()));
            b = parser.parse(corpus.resolve(truthB.file()));
            alignment = aligner.align(a, b);
        } catch (UnparseableDocumentException | DifferentMeetingsException e) {
            System.out.println("  " + name + ": not aligned, all " + expected + " pairs missed: " + e.getMessage());
            return;
        }
        Map<Integer, Integer> truthIndexA = truthIndexBySeq(truthA, a);
        Map<Integer, Integer> truthIndexB = truthIndexBySeq(truthB, b);
        int right = 0;
        int wrong = 0;
        int unverifiable = 0;
        for (TurnAlignment.TurnPair pair : alignment.pairs()) {
            Integer i = truthIndexA.get(pair.seqA());
            Integer j = truthIndexB.get(pair.seqB());
            if (i == null || j == null) {
                unverifiable++;
            } else if (i.equals(j) && i < expected) {
                right++;
            } else {
                wrong++;
            }
        }
        correct += right;
        System.out.printf("  %s: %d/%d truth pairs correct (%s), %d wrong, %d with a turn not in the truth, unpaired %s %d %s %d,"
                + " mean pair score %.2f%n", name, right, expected, percent(right, expected), wrong, unverifiable, truthA.language(),
                alignment.unpairedA().size(), truthB.language(), alignment.unpairedB().size(), meanScore(alignment.pairs()));
        alignment.warnings().forEach(w -> System.out.println("    note: " + w));
    }

    /** Parsed turn seq to the index of its truth turn, for the parsed turns that have one. */
    private static Map<Integer, Integer> truthIndexBySeq(TruthRecord truth, MeetingRecord parsed) {
        Map<TruthRecord.TruthTurn, Integer> indexOfTurn = new IdentityHashMap<>();
        for (int i = 0; i < truth.turns().size(); i++) {
            indexOfTurn.put(truth.turns().get(i), i);
        }
        Map<Integer, Integer> bySeq = new TreeMap<>();
        for (TurnAligner.Pair pair : TurnAligner.align(truth.turns(), parsed.speeches())) {
            bySeq.put(pair.parsed().seq(), indexOfTurn.get(pair.truth()));
        }
        return bySeq;
    }

    /**
     * Records of different meetings must be refused. Aligned by their turns alone, the chair's turns still
     * pair (nothing but length and position tells one chair's turn from another), but few delegates' do.
     */
    static void printSampleCheck(Path samples) throws IOException {
        List<MeetingRecord> records = new ArrayList<>();
        MeetingRecordParser parser = new MeetingRecordParser();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    records.add(parser.parse(file));
                } catch (UnparseableDocumentException e) {
                    System.err.println("cannot parse sample " + file.getFileName() + ": " + e.getMessage());
                }
            }
        }
        LanguageVersionAligner aligner = new LanguageVersionAligner();
        int pairsOfRecords = 0;
        int refused = 0;
        List<TurnAlignment.TurnPair> pairs = new ArrayList<>();
        int delegatePairs = 0;
        int turns = 0;
        for (int a = 0; a < records.size(); a++) {
            for (int b = a + 1; b < records.size(); b++) {
                MeetingRecord x = records.get(a);
                MeetingRecord y = records.get(b);
                pairsOfRecords++;
                refused += refuses(aligner, x, y) ? 1 : 0;
                TurnAlignment forced = aligner.align(x.speeches(), x.language(), y.speeches(), y.language());
                turns += Math.min(x.speeches().size(), y.speeches().size());
                pairs.addAll(forced.pairs());
                delegatePairs += (int) forced.pairs().stream()
                        .filter(p -> !SpeechTurn.PRESIDENT.equals(x.speeches().get(p.seqA() - 1).role())).count();
            }
        }
        System.out.printf("sanity check, %d samples of different meetings: %d/%d pairs of records refused; aligned by their"
                + " turns alone, %d of at most %d turns pair, %d of them not the chair's, mean pair score %.2f%n",
                records.size(), refused, pairsOfRecords, pairs.size(), turns, delegatePairs, meanScore(pairs));
    }

    private static boolean refuses(LanguageVersionAligner aligner, MeetingRecord x, MeetingRecord y) {
        try {
            aligner.align(x, y);
            System.out.println("  not refused: " + x.symbol() + " (" + x.language() + ") with " + y.symbol() + " (" + y.language() + ")");
            return false;
        } catch (DifferentMeetingsException e) {
            return true;
        }
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static double meanScore(List<TurnAlignment.TurnPair> pairs) {
        return pairs.stream().mapToDouble(TurnAlignment.TurnPair::score).average().orElse(0);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format("%.1f%%", 100.0 * part / whole);
    }
}
