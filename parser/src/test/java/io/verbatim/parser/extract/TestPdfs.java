package io.verbatim.parser.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes small PDFs laid out like UN records: Geneva's one column, or New York's two columns under a
 * full-width header, each with indented paragraphs and a footer.
 */
public final class TestPdfs {

    private static final float LEFT = 72;
    private static final float INDENT = 18;
    private static final float LEADING = 14;
    private static final float COLUMN_WIDTH = 230;
    private static final float GUTTER = 22;

    /** The scripts of the two-column records, each with a TrueType font the test build brings (pom.xml). */
    public enum Script {
        LATIN("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf"),
        ARABIC("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf"),
        CHINESE("/fonts/WenQuanZhengHei.ttf");

        private final String fontResource;

        Script(String fontResource) {
            this.fontResource = fontResource;
        }

        PDFont load(PDDocument document) throws IOException {
            try (InputStream in = TestPdfs.class.getResourceAsStream(fontResource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + fontResource + " for " + this + " is not on the test classpath; see parser/pom.xml");
                }
                return PDType0Font.load(document, in);
            }
        }
    }

    /** One page of a two-column record, its columns in reading order (for Arabic the first is on the right). */
    public record ColumnPage(List<String> first, List<String> second) {
    }

    private TestPdfs() {
    }

    /** One page per element of {@code pages}; a line starting with two spaces is printed indented. */
    public static void write(Path file, String symbol, String jobNumber, List<List<String>> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = PDRectangle.A4.getHeight() - 50;
                    line(content, font, 9, LEFT, y, symbol);
                    y -= LEADING * 2;
                    for (String text : pages.get(p)) {
                        boolean indented = text.startsWith("  ");
                        line(content, font, 11, indented ? LEFT + INDENT : LEFT, y, text.strip());
                        y -= LEADING;
                    }
                    int number = p + 1;
                    line(content, font, 9, LEFT, 40, number % 2 == 0 ? number + " " + jobNumber : jobNumber + " " + number);
                }
            }
            document.save(file.toFile());
        }
    }

    /**
     * New York layout: the symbol over the full width, a title across both columns on the first page, then
     * two columns written row by row (a line of one, then the line beside it in the other), so the content
     * order interleaves the columns; a line starting with two spaces is indented.
     */
    public static void writeTwoColumns(Path file, String symbol, String title, String jobNumber, Script script, List<ColumnPage> pages)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font furniture = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont body = script.load(document);
            float leftColumn = LEFT - 20;
            float rightColumn = leftColumn + COLUMN_WIDTH + GUTTER;
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                ColumnPage columns = pages.get(p);
                List<String> left = script == Script.ARABIC ? columns.second() : columns.first();
                List<String> right = script == Script.ARABIC ? columns.first() : columns.second();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = PDRectangle.A4.getHeight() - 50;
                    line(content, furniture, 9, leftColumn, y, symbol);
                    y -= LEADING * 2;
                    if (p == 0) {
                        line(content, body, 12, leftColumn + COLUMN_WIDTH / 2, y, visual(title, script));
                        y -= LEADING * 2;
                    }
                    for (int row = 0; row < Math.max(left.size(), right.size()); row++) {
                        if (row < left.size()) {
                            columnLine(content, body, leftColumn, y, left.get(row), script);
                        }
                        if (row < right.size()) {
                            columnLine(content, body, rightColumn, y, right.get(row), script);
                        }
                        y -= LEADING;
                    }
                    int number = p + 1;
                    line(content, furniture, 9, leftColumn, 40, number % 2 == 0 ? number + " " + jobNumber : jobNumber + " " + number);
                }
            }
            document.save(file.toFile());
        }
    }

    private static void columnLine(PDPageContentStream content, PDFont font, float columnX, float y, String text, Script script) throws IOException {
        boolean indented = text.startsWith("  ");
        float width = font.getStringWidth(text.strip()) / 1000 * 10;
        if (width > COLUMN_WIDTH - (indented ? INDENT : 0)) {
            throw new IllegalArgumentException("too wide for a column (" + width + " points): " + text);
        }
        line(content, font, 10, indented ? columnX + INDENT : columnX, y, visual(text.strip(), script));
    }

    /**
     * Arabic as a PDF shows it: glyphs placed left to right in visual order, which text extraction turns back
     * into logical order.
     */
    private static String visual(String logical, Script script) {
        if (script != Script.ARABIC) {
            return logical;
        }
        Bidi bidi = new Bidi(logical, Bidi.DIRECTION_RIGHT_TO_LEFT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder visual = new StringBuilder(logical.length());
        for (int r : order) {
            String run = logical.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            if ((bidi.getRunLevel(r) & 1) == 0) {
                visual.append(run);
            } else {
                for (int i = run.length() - 1; i >= 0; i--) {
                    visual.append(mirrored(run.charAt(i)));
                }
            }
        }
        return visual.toString();
    }

    private static char mirrored(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            default -> c;
        };
    }

    public static void writeEncrypted(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                line(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11, LEFT, 700, "Secret record");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
    }

    /** A scan: pages holding an image and no text. */
    public static void writeImageOnly(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            PDImageXObject xObject = LosslessFactory.createFromImage(document, image);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(xObject, 100, 100, 400, 400);
                }
            }
            document.save(file.toFile());
        }
    }

    private static void line(PDPageContentStream content, PDFont font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
