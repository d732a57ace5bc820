package io.verbatim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Looks for a TrueType font that covers a script among the fonts installed on this machine. */
final class FontProbe {

    private static final List<String> ARABIC = List.of("dejavusans.ttf", "notosansarabic", "notonaskharabic", "amiri", "freeserif.ttf");
    private static final List<String> CHINESE = List.of("notosanscjk", "notoserifcjk", "wqy", "droidsansfallback", "arphic", "uming", "ukai", "sourcehansans");

    private FontProbe() {
    }

    static Optional<Path> find(SyntheticRecordPdf.Script script) {
        List<String> wanted = script == SyntheticRecordPdf.Script.ARABIC ? ARABIC : CHINESE;
        Path root = PdfThroughputBenchmark.fontsRoot();
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> fonts = files.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".ttf")).toList();
            for (String name : wanted) {
                Optional<Path> match = fonts.stream().filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).replace("-", "").startsWith(name.replace("-", ""))).findFirst();
                if (match.isPresent()) {
                    return match;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
