package io.verbatim.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The body font of each script, from jars the build brings (bench/pom.xml), so no script depends on what a
 * machine has installed: Helvetica for Latin, DejaVu Sans for Cyrillic and Arabic, WenQuanYi Zen Hei for
 * Chinese. All are TrueType (glyf) fonts, which PDFBox can embed.
 */
final class ScriptFonts {

    private static final String DEJAVU_SANS = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String WENQUANYI_ZEN_HEI = "/fonts/WenQuanZhengHei.ttf";

    private final Map<SyntheticRecordPdf.Script, byte[]> files = new EnumMap<>(SyntheticRecordPdf.Script.class);

    PDFont load(PDDocument document, SyntheticRecordPdf.Script script) throws IOException {
        if (script == SyntheticRecordPdf.Script.LATIN) {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        return PDType0Font.load(document, new ByteArrayInputStream(files.computeIfAbsent(script, ScriptFonts::read)));
    }

    static String name(SyntheticRecordPdf.Script script) {
        return switch (script) {
            case LATIN -> "Helvetica";
            case CYRILLIC, ARABIC -> "DejaVu Sans";
            case CHINESE -> "WenQuanYi Zen Hei";
        };
    }

    private static byte[] read(SyntheticRecordPdf.Script script) {
        String resource = script == SyntheticRecordPdf.Script.CHINESE ? WENQUANYI_ZEN_HEI : DEJAVU_SANS;
        try (InputStream in = ScriptFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " for " + script + " is not on the classpath: build bench with ./mvnw -pl bench -am package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
