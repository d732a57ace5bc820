package io.verbatim.bench;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.parser.MeetingRecordParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parsed records a large synthetic index is made from: the six {@code samples/}, the bench's synthetic relevance
 * records (Arabic, Spanish, Russian) and, when the shared corpus is beside the repository, its real records. Without the
 * corpus it says so loudly: the term statistics are then those of invented text only.
 */
record TemplateRecords(List<MeetingRecord> records, int real) {

    static TemplateRecords load(Path repo, Path corpus) throws IOException {
        MeetingRecordParser parser = new MeetingRecordParser();
        List<MeetingRecord> records = new ArrayList<>();
        for (Path dir : List.of(repo.resolve("samples"), repo.resolve("bench/src/main/resources/relevance/records"))) {
            for (Path file : textFiles(dir, 1)) {
                records.add(parse(parser, file));
            }
        }
        int real = 0;
        if (Files.isDirectory(corpus)) {
            for (Path file : textFiles(corpus, 2)) {
                if (!file.getParent().equals(corpus)) {
                    records.add(parse(parser, file));
                    real++;
                }
            }
        } else {
            String line = "!".repeat(78);
            System.out.printf("%s%n!! the corpus of real records is not at %s: the index is made of SYNTHETIC records only%n%s%n",
                    line, corpus, line);
        }
        return new TemplateRecords(List.copyOf(records), real);
    }

    long turns() {
        return records.stream().mapToLong(r -> r.speeches().size()).sum();
    }

    private static List<Path> textFiles(Path dir, int depth) throws IOException {
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().startsWith("README"))
                    .sorted().toList();
        }
    }

    private static MeetingRecord parse(MeetingRecordParser parser, Path file) {
        try {
            return parser.parse(file);
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + file + " for the search-latency index: " + e.getMessage(), e);
        }
    }
}
