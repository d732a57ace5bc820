package io.verbatim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a meeting record of any length: running header with the symbol, footer with job and page number,
 * paragraphs with indented first lines, a speaker label every few paragraphs. Geneva's layout is one
 * column; New York's is two, drawn row by row (a line of one column, then the line beside it) so that
 * PDFBox's own order runs the columns into each other and the parser has to read them apart.
 */
final class SyntheticRecordPdf {

    enum Script { LATIN, CYRILLIC, ARABIC, CHINESE }

    enum Layout { ONE_COLUMN, TWO_COLUMNS }

    private static final String[] LATIN_LINES = {
            "Thank you, Mr. President. My delegation welcomes the opportunity to address the",
            "Conference on the question of effective international arrangements to assure non-",
            "nuclear-weapon States against the use or threat of use of nuclear weapons, which",
            "remains at the core of the agenda of this body and of our common security."};
    private static final String[] CYRILLIC_LINES = {
            "Спасибо, г-н Председатель. Моя делегация приветствует возможность выступить",
            "на Конференции по вопросу об эффективных международных договоренностях о",
            "гарантиях государствам, не обладающим ядерным оружием, от применения ядерного",
            "оружия или угрозы его применения, который остается в центре нашей повестки дня."};
    private static final String[] ARABIC_LINES = {
            "شكرا سيدي الرئيس. يرحب وفد بلدي بهذه الفرصة لمخاطبة المؤتمر بشأن مسألة",
            "الترتيبات الدولية الفعالة لإعطاء الدول غير الحائزة للأسلحة النووية ضمانات",
            "من استعمال الأسلحة النووية أو التهديد باستعمالها، وهي مسألة تظل في صميم"};
    private static final String[] CHINESE_LINES = {
            "谢谢主席先生。我国代表团欢迎有机会就有效国际安排的问题向裁军谈判会议发言，",
            "保证不对无核武器国家使用或威胁使用核武器，这一问题仍然是本机构议程的核心，",
            "也是我们共同安全的核心。我们认为应当继续开展实质性工作，尽早达成一致意见。"};

    private static final float COLUMN_WIDTH = 225;
    private static final float RIGHT_COLUMN_X = 72 + COLUMN_WIDTH + 25;

    private SyntheticRecordPdf() {
    }

    static void write(Path file, int pages, Script script, Layout layout, ScriptFonts fonts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont body = fonts.load(document, script);
            PDFont furniture = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[] lines = switch (script) {
                case LATIN -> LATIN_LINES;
                case CYRILLIC -> CYRILLIC_LINES;
                case ARABIC -> ARABIC_LINES;
                case CHINESE -> CHINESE_LINES;
            };
            String label = switch (script) {
                case LATIN -> "Mr. Biontino (Germany): ";
                case CYRILLIC -> "Г-н Бионтино (Германия): ";
                case ARABIC -> "السيد بيونتينو (ألمانيا): ";
                case CHINESE -> "比尔韦特先生（德国）：";
            };
            List<String> paragraph = layout == Layout.ONE_COLUMN ? List.of(lines) : halves(lines, script == Script.CHINESE);
            float columnSize = layout == Layout.ONE_COLUMN ? 10 : fittingSize(body, label, paragraph);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    text(content, furniture, 9, 72, 800, layout == Layout.ONE_COLUMN ? "CD/PV.9999" : "A/75/PV.99");
                    if (layout == Layout.ONE_COLUMN) {
                        oneColumn(content, body, lines, label);
                    } else {
                        twoColumns(content, body, columnSize, paragraph, label);
                    }
                    String job = layout == Layout.ONE_COLUMN ? "GE.20-99999" : "20-99999";
                    text(content, furniture, 9, 72, 40, p % 2 == 0 ? p + " " + job : job + " " + p);
                }
            }
            document.save(file.toFile());
        }
    }

    private static void oneColumn(PDPageContentStream content, PDFont body, String[] lines, String label) throws IOException {
        float y = 770;
        for (int paragraph = 0; paragraph < 9; paragraph++) {
            for (int l = 0; l < lines.length; l++) {
                String line = l == 0 && paragraph % 3 == 0 ? label + lines[l] : lines[l];
                text(content, body, 10, l == 0 ? 90 : 72, y, line);
                y -= 13;
            }
            y -= 4;
        }
    }

    /** Both columns hold the same paragraphs to the foot of the page; row by row, the left line then the right one. */
    private static void twoColumns(PDPageContentStream content, PDFont body, float size, List<String> lines, String label) throws IOException {
        float y = 770;
        for (int paragraph = 0; y - (size + 3) * lines.size() > 60; paragraph++) {
            for (int l = 0; l < lines.size(); l++) {
                boolean first = l == 0;
                String left = first && paragraph % 3 == 0 ? label + lines.get(l) : lines.get(l);
                String right = first && paragraph % 3 == 1 ? label + lines.get(l) : lines.get(l);
                text(content, body, size, first ? 86 : 72, y, left);
                text(content, body, size, first ? RIGHT_COLUMN_X + 14 : RIGHT_COLUMN_X, y, right);
                y -= size + 3;
            }
            y -= 3;
        }
    }

    /** Each line cut in two at a space near its middle (anywhere near it for Chinese), for a column half as wide. */
    private static List<String> halves(String[] lines, boolean anywhere) {
        List<String> halves = new ArrayList<>();
        for (String line : lines) {
            int cut = line.length() / 2;
            if (!anywhere) {
                int space = line.indexOf(' ', cut);
                cut = space < 0 ? line.lastIndexOf(' ', cut) : space;
            }
            halves.add(line.substring(0, cut).strip());
            halves.add(line.substring(cut).strip());
        }
        return halves;
    }

    /** The largest size up to 10 points at which the widest line, label and indent included, fits a column. */
    private static float fittingSize(PDFont font, String label, List<String> lines) throws IOException {
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, font.getStringWidth(label + line) / 1000);
        }
        return Math.min(10, (COLUMN_WIDTH - 14) / widest);
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
