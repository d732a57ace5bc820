package io.verbatim.simulator.render;

import io.verbatim.simulator.meeting.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Which font draws an edition's PDF. English, French and Spanish use the standard Courier, which every
 * PDF reader has; Russian, Arabic and Chinese need a TrueType font that covers their script, looked up
 * once in the given directories. Without one, that edition is served as text only.
 */
public final class PdfFonts {

    /** A letter each script's font must have; a font without it cannot draw that edition. */
    private static final Map<Language, Integer> PROBES = Map.of(Language.RU, (int) 'Д', Language.AR, (int) 'ع', Language.ZH, (int) '联');

    private final Map<Language, Optional<Path>> found = new EnumMap<>(Language.class);

    public PdfFonts(List<Path> directories) {
        for (Map.Entry<Language, Integer> probe : PROBES.entrySet()) {
            found.put(probe.getKey(), directories.stream().flatMap(PdfFonts::trueTypeFiles)
                    .filter(file -> covers(file, probe.getValue())).findFirst());
        }
    }

    public boolean canDraw(Language language) {
        return !PROBES.containsKey(language) || found.get(language).isPresent();
    }

    /** Fixed-width fonts keep the extracted columns; the TrueType fonts are drawn at the same advance. */
    PDFont load(Language language, PDDocument document) throws IOException {
        if (!PROBES.containsKey(language)) {
            return new PDType1Font(Standard14Fonts.FontName.COURIER);
        }
        Path file = found.get(language).orElseThrow(() -> new IllegalStateException(
                "no font covers the " + language.code() + " edition; serve it as text"));
        return PDType0Font.load(document, file.toFile());
    }

    private static Stream<Path> trueTypeFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(directory, 3)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fonts in " + directory, e);
        }
    }

    private static boolean covers(Path file, int codePoint) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException | RuntimeException e) {
            // A file that is not a usable TrueType font is simply not a candidate.
            return false;
        }
    }
}
