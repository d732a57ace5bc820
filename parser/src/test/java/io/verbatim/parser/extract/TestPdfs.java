package io.verbatim.parser.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Writes small PDFs laid out like Geneva records: running header, indented paragraphs, footer. */
public final class TestPdfs {

    private static final float LEFT = 72;
    private static final float INDENT = 18;
    private static final float LEADING = 14;

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

    private static void line(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
