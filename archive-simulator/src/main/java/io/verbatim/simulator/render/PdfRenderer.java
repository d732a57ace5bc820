package io.verbatim.simulator.render;

import io.verbatim.simulator.meeting.Language;
import io.verbatim.simulator.meeting.MeetingText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a record's pages into a PDF, one text line per line, each line starting where its leading
 * spaces put it, so that a PDF extractor gives back the layout of the text edition.
 */
public final class PdfRenderer {

    private static final float FONT_SIZE = 9f;
    /** Courier's advance at 9 pt; the other fonts are positioned on the same grid. */
    private static final float COLUMN = 0.6f * FONT_SIZE;
    private static final float LEADING = 13f;
    private static final float MARGIN = 50f;

    private final PdfFonts fonts;

    public PdfRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public boolean canRender(Language language) {
        return fonts.canDraw(language);
    }

    public byte[] render(MeetingText text, Language language, String title) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            // A fixed document id: otherwise PDFBox derives one from the time, and the same version of a
            // record would get new bytes and a new ETag every time it is rendered.
            COSArray id = new COSArray();
            COSString digest = new COSString(digest(title + "\n" + language.code() + "\n" + text.text()));
            id.add(digest);
            id.add(digest);
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            PDFont font = fonts.load(language, document);
            for (List<String> lines : text.pages()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = page.getMediaBox().getHeight() - MARGIN;
                    for (String line : lines) {
                        drawLine(content, font, line, y);
                        y -= LEADING;
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + title + " (" + language.code() + ") as PDF", e);
        }
    }

    private static void drawLine(PDPageContentStream content, PDFont font, String line, float y) throws IOException {
        String text = line.stripLeading();
        if (text.isEmpty()) {
            return;
        }
        // Runs of spaces inside a line (masthead, dot leaders) become positioned pieces, as in a typeset record.
        int column = line.length() - text.length();
        for (String piece : text.split("(?<=\\S)(?=\\s{3,})|(?<=\\s{3,})(?=\\S)")) {
            if (!piece.isBlank()) {
                content.beginText();
                content.setFont(font, FONT_SIZE);
                content.newLineAtOffset(MARGIN + column * COLUMN, y);
                content.showText(piece);
                content.endText();
            }
            column += piece.length();
        }
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has MD5", e);
        }
    }
}
