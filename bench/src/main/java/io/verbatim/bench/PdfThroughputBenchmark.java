package io.verbatim.bench;

import io.verbatim.parser.MeetingRecordParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Generates synthetic meeting-record PDFs and compares, in one run on the same files, bare PDFBox text
 * extraction (plain {@link PDFTextStripper} defaults) with the full parser: pages per second, peak heap and
 * the ratio of their times. Then parses one 2,000-page record and
 * reports its peak heap. Arabic and Chinese documents are made only when a TrueType font for them is found
 * under /usr/share/fonts; the run says which were skipped.
 * Usage: {@code PdfThroughputBenchmark [DOCUMENTS_PER_SCRIPT] [PAGES_PER_DOCUMENT]}.
 */
public final class PdfThroughputBenchmark {

    private static final int LARGE_PAGES = 2_000;

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path work = Files.createTempDirectory("verbatim-bench-");
        try {
            List<Path> files = generate(work, documents, pages);
            int totalPages = files.size() * pages;
            System.out.printf(Locale.ROOT, "%d documents, %d pages in all (max heap %d MB)%n", files.size(), totalPages,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            MeetingRecordParser parser = new MeetingRecordParser();
            Run bare = () -> bareExtraction(files);
            Run full = () -> parseAll(parser, files);
            // A warm-up pass each, then each side twice in turn and only the second reported: neither side
            // gets the JIT, the page cache or a clean heap to itself by running first or last.
            bare.run();
            full.run();
            measure(bare);
            measure(full);
            Measurement bareTime = measure(bare);
            Measurement fullTime = measure(full);
            print("bare PDFBox text extraction", totalPages, bareTime);
            print("full parser", totalPages, fullTime);
            System.out.printf(Locale.ROOT, "full parser / bare extraction time: %.2f%n", fullTime.seconds() / bareTime.seconds());
            Path large = work.resolve("large.pdf");
            SyntheticRecordPdf.write(large, LARGE_PAGES, SyntheticRecordPdf.Script.LATIN, null);
            print("full parser, one " + LARGE_PAGES + "-page record", LARGE_PAGES, measure(() -> parser.parse(large)));
        } finally {
            try (Stream<Path> left = Files.walk(work)) {
                left.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    private record Measurement(double seconds, long peakHeapMegabytes) {
    }

    private static Measurement measure(Run run) throws Exception {
        PeakHeap.reset();
        long start = System.nanoTime();
        run.run();
        return new Measurement((System.nanoTime() - start) / 1e9, PeakHeap.peakMegabytes());
    }

    private static void print(String what, int pages, Measurement m) {
        System.out.printf(Locale.ROOT, "%-45s %8.1f pages/s  %6.2f s  peak heap %5d MB%n", what, pages / m.seconds(), m.seconds(),
                m.peakHeapMegabytes());
    }

    private static List<Path> generate(Path work, int documents, int pages) throws IOException {
        List<Path> files = new ArrayList<>();
        for (SyntheticRecordPdf.Script script : SyntheticRecordPdf.Script.values()) {
            Optional<Path> font = script == SyntheticRecordPdf.Script.LATIN ? Optional.empty() : FontProbe.find(script);
            if (script != SyntheticRecordPdf.Script.LATIN && font.isEmpty()) {
                System.out.println("skipped " + script.name().toLowerCase(Locale.ROOT) + ": no suitable TrueType font under /usr/share/fonts");
                continue;
            }
            System.out.println("generating " + documents + " " + script.name().toLowerCase(Locale.ROOT) + " documents"
                    + font.map(f -> " with " + f.getFileName()).orElse(" with Helvetica"));
            for (int d = 0; d < documents; d++) {
                Path file = work.resolve(script.name().toLowerCase(Locale.ROOT) + "-" + d + ".pdf");
                SyntheticRecordPdf.write(file, pages, script, font.orElse(null));
                files.add(file);
            }
        }
        return files;
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

    static Path fontsRoot() {
        return Paths.get("/usr/share/fonts");
    }
}
