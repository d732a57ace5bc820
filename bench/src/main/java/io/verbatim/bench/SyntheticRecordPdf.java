package io.verbatim.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a meeting record of any length laid out like a Geneva record: running header with the symbol,
 * footer with job and page number, paragraphs with indented first lines, a speaker label every few
 * paragraphs. The script is Latin with Helvetica, or Arabic or Chinese with a TrueType font found on the
 * machine.
 */
final class SyntheticRecordPdf {

    enum Script { LATIN, ARABIC, CHINESE }

    private static final String[] LATIN_LINES = {
            "Thank you, Mr. President. My delegation welcomes the opportunity to address the",
            "Conference on the question of effective international arrangements to assure non-",
            "nuclear-weapon States against the use or threat of use of nuclear weapons, which",
            "remains at the core of the agenda of this body and of our common security."};
    private static final String[] ARABIC_LINES = {
            "شكرا سيدي الرئيس. يرحب وفد بلدي بهذه الفرصة لمخاطبة المؤتمر بشأن مسألة",
            "الترتيبات الدولية الفعالة لإعطاء الدول غير الحائزة للأسلحة النووية ضمانات",
            "من استعمال الأسلحة النووية أو التهديد باستعمالها، وهي مسألة تظل في صميم"};
    private static final String[] CHINESE_LINES = {
            "谢谢主席先生。我国代表团欢迎有机会就有效国际安排的问题向裁军谈判会议发言，",
            "保证不对无核武器国家使用或威胁使用核武器，这一问题仍然是本机构议程的核心，",
            "也是我们共同安全的核心。我们认为应当继续开展实质性工作，尽早达成一致意见。"};

    private SyntheticRecordPdf() {
    }

    static void write(Path file, int pages, Script script, Path fontFile) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont body = script == Script.LATIN ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                    : PDType0Font.load(document, fontFile.toFile());
            PDFont furniture = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[] lines = switch (script) {
                case LATIN -> LATIN_LINES;
                case ARABIC -> ARABIC_LINES;
                case CHINESE -> CHINESE_LINES;
            };
            String label = switch (script) {
                case LATIN -> "Mr. Biontino (Germany): ";
                case ARABIC -> "السيد بيونتينو (ألمانيا): ";
                case CHINESE -> "比尔韦特先生（德国）：";
            };
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    text(content, furniture, 9, 72, 800, "CD/PV.9999");
                    float y = 770;
                    for (int paragraph = 0; paragraph < 9; paragraph++) {
                        for (int l = 0; l < lines.length; l++) {
                            String line = l == 0 && paragraph % 3 == 0 ? label + lines[l] : lines[l];
                            text(content, body, 10, l == 0 ? 90 : 72, y, line);
                            y -= 13;
                        }
                        y -= 4;
                    }
                    text(content, furniture, 9, 72, 40, p % 2 == 0 ? p + " GE.20-99999" : "GE.20-99999 " + p);
                }
            }
            document.save(file.toFile());
        }
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
