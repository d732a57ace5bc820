package io.verbatim.bench;

import io.verbatim.parser.MeetingRecordParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Generates synthetic meeting-record PDFs for every script (Latin, Cyrillic, Arabic, Chinese) in both
 * layouts (Geneva's one column, New York's two) and compares, on the same files, bare PDFBox text
 * extraction (plain {@link PDFTextStripper} defaults) with the full parser. After a warm-up of both sides
 * over everything, each group runs in alternating pairs (bare, parser, bare, parser, ...), so neither side
 * gets the JIT, the page cache or a clean heap to itself; it prints the median pages per second of each
 * side and the min/median/max of the pairs' time ratio. Then parses one 2,000-page two-column record and
 * reports its peak heap. Usage: {@code PdfThroughputBenchmark [DOCUMENTS_PER_GROUP] [PAGES_PER_DOCUMENT] [PAIRS]}.
 */
public final class PdfThroughputBenchmark {

    private static final int LARGE_PAGES = 2_000;

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path work = Files.createTempDirectory("verbatim-bench-");
        try {
            ScriptFonts fonts = new ScriptFonts();
            List<Group> groups = generate(work, documents, pages, fonts);
            System.out.printf(Locale.ROOT, "%d groups of %d documents of %d pages, %d alternating pairs each (max heap %d MB)%n",
                    groups.size(), documents, pages, pairs, Runtime.getRuntime().maxMemory() / (1024 * 1024));
            MeetingRecordParser parser = new MeetingRecordParser();
            for (Group group : groups) {
                bareExtraction(group.files());
                parseAll(parser, group.files());
            }
            System.out.printf(Locale.ROOT, "%-22s %12s %12s   %s%n", "group", "bare p/s", "parser p/s", "parser/bare time: min / median / max");
            for (Group group : groups) {
                report(group, pages * group.files().size(), pairs, parser);
            }
            Path large = work.resolve("large.pdf");
            SyntheticRecordPdf.write(large, LARGE_PAGES, SyntheticRecordPdf.Script.LATIN, SyntheticRecordPdf.Layout.TWO_COLUMNS, fonts);
            PeakHeap.reset();
            long start = System.nanoTime();
            parser.parse(large);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "full parser, one %d-page two-column record: %.1f pages/s, peak heap %d MB%n", LARGE_PAGES,
                    LARGE_PAGES / seconds, PeakHeap.peakMegabytes());
        } finally {
            try (Stream<Path> left = Files.walk(work)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Group(String name, List<Path> files) {
    }

    private static void report(Group group, int totalPages, int pairs, MeetingRecordParser parser) throws Exception {
        double[] bare = new double[pairs];
        double[] full = new double[pairs];
        double[] ratio = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            bare[i] = seconds(() -> bareExtraction(group.files()));
            full[i] = seconds(() -> parseAll(parser, group.files()));
            ratio[i] = full[i] / bare[i];
        }
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%-22s %12.1f %12.1f   %.2f / %.2f / %.2f%n", group.name(), totalPages / median(bare),
                totalPages / median(full), ratio[0], median(ratio), ratio[pairs - 1]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double seconds(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<Group> generate(Path work, int documents, int pages, ScriptFonts fonts) throws IOException {
        List<Group> groups = new ArrayList<>();
        for (SyntheticRecordPdf.Script script : SyntheticRecordPdf.Script.values()) {
            for (SyntheticRecordPdf.Layout layout : SyntheticRecordPdf.Layout.values()) {
                String name = script.name().toLowerCase(Locale.ROOT) + (layout == SyntheticRecordPdf.Layout.ONE_COLUMN ? ", 1 column" : ", 2 columns");
                System.out.println("generating " + documents + " " + name + " documents with " + ScriptFonts.name(script));
                List<Path> files = new ArrayList<>();
                for (int d = 0; d < documents; d++) {
                    Path file = work.resolve(script.name().toLowerCase(Locale.ROOT) + "-" + layout.ordinal() + "-" + d + ".pdf");
                    SyntheticRecordPdf.write(file, pages, script, layout, fonts);
                    files.add(file);
                }
                groups.add(new Group(name, files));
            }
        }
        return groups;
    }

    private static void bareExtraction(List<Path> files) throws IOException {
        for (Path file : files) {
            try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache())) {
                new PDFTextStripper().writeText(document, Writer.nullWriter());
            }
        }
    }

    private static void parseAll(MeetingRecordParser parser, List<Path> files) throws Exception {
        for (Path file : files) {
            parser.parse(file);
        }
    }
}
