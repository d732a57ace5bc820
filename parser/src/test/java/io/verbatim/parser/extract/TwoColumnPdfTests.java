package io.verbatim.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.parser.extract.TestPdfs.ColumnPage;
import io.verbatim.parser.extract.TestPdfs.Script;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New York records are set in two columns. The test PDFs draw them row by row, so PDFBox's own order
 * (content order, or sorted by position) runs a line of one column into the line beside it; the parser
 * reads each column top to bottom, the right one first in Arabic.
 */
class TwoColumnPdfTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();

    @TempDir
    Path dir;

    @Test
    void englishColumnsAreReadLeftThenRight() throws Exception {
        Path pdf = dir.resolve("A_75_PV.12.pdf");
        TestPdfs.writeTwoColumns(pdf, "A/75/PV.12", "General Assembly, seventy-fifth session, 12th meeting", "20-25001",
                Script.LATIN, List.of(
                        new ColumnPage(List.of(
                                "  The President: I call to order the",
                                "twelfth plenary meeting. I give the",
                                "floor to the representative of Brazil.",
                                "  Mr. Costa (Brazil): Thank you, Mr.",
                                "President. Brazil believes that the",
                                "reform of the Council is overdue and",
                                "that its working methods must change",
                                "before the end of this session."),
                                List.of(
                                "  It is our view that the regional",
                                "groups should agree on a single text",
                                "and bring it to the Assembly soon.",
                                "  The President: I thank the speaker.",
                                "I now give the floor to the",
                                "representative of Japan.",
                                "  Mr. Sato (Japan): My delegation",
                                "joins others in thanking you for")),
                        new ColumnPage(List.of(
                                "convening this debate on the reform",
                                "of the Security Council, which Japan",
                                "has long supported.",
                                "  We hope that the negotiations will",
                                "move forward in good faith."),
                                List.of(
                                "  The President: I thank Mr. Sato for",
                                "his statement."))));
        assertThat(sortedByPdfBox(pdf)).as("PDFBox's order interleaves the columns").contains("the regional");

        MeetingRecord record = PARSER.parse(pdf);

        assertThat(record.speeches()).extracting(SpeechTurn::speaker, SpeechTurn::page).containsExactly(
                tuple("The President", 1), tuple("Mr. Costa", 1), tuple("The President", 1), tuple("Mr. Sato", 1), tuple("The President", 2));
        assertThat(record.speeches()).extracting(SpeechTurn::text).containsExactly(
                "I call to order the twelfth plenary meeting. I give the floor to the representative of Brazil.",
                "Thank you, Mr. President. Brazil believes that the reform of the Council is overdue and that its working methods must"
                        + " change before the end of this session.\n\nIt is our view that the regional groups should agree on a single text"
                        + " and bring it to the Assembly soon.",
                "I thank the speaker. I now give the floor to the representative of Japan.",
                "My delegation joins others in thanking you for convening this debate on the reform of the Security Council, which Japan"
                        + " has long supported.\n\nWe hope that the negotiations will move forward in good faith.",
                "I thank Mr. Sato for his statement.");
    }

    @Test
    void arabicColumnsAreReadRightThenLeft() throws Exception {
        Path pdf = dir.resolve("A_75_PV.12_ar.pdf");
        TestPdfs.writeTwoColumns(pdf, "A/75/PV.12", "الجمعية العامة، الدورة الخامسة والسبعون، الجلسة 12", "20-25001",
                Script.ARABIC, List.of(
                        new ColumnPage(List.of(
                                "  الرئيس (تكلم بالإنكليزية): أعطي",
                                "الكلمة الآن لممثل مصر، السيد أحمد.",
                                "  السيد أحمد (مصر): شكراً. تؤكد مصر",
                                "أن إصلاح مجلس الأمن في رأينا قد",
                                "تأخر كثيراً وأن أساليب عمله يجب",
                                "أن تتغير قبل نهاية هذه الدورة."),
                                List.of(
                                "  ونرى أن على المجموعات الإقليمية",
                                "أن تتفق على نص واحد في أقرب وقت.",
                                "  الرئيس (تكلم بالإنكليزية): أشكر",
                                "ممثل مصر. الكلمة لممثل الأردن.",
                                "  السيد خالد (الأردن): يشكركم وفد",
                                "بلدي على عقد هذه المناقشة المهمة")),
                        new ColumnPage(List.of(
                                "بشأن إصلاح مجلس الأمن.",
                                "  ونأمل أن تمضي المفاوضات قدماً",
                                "بحسن نية."),
                                List.of(
                                "  الرئيس (تكلم بالإنكليزية): أشكر",
                                "ممثل الأردن على بيانه."))));
        assertThat(sortedByPdfBox(pdf)).as("PDFBox's order interleaves the columns").contains("الإقليمية");

        MeetingRecord record = PARSER.parse(pdf);

        assertThat(record.speeches()).extracting(SpeechTurn::speaker, SpeechTurn::page).containsExactly(
                tuple("الرئيس", 1), tuple("السيد أحمد", 1), tuple("الرئيس", 1), tuple("السيد خالد", 1), tuple("الرئيس", 2));
        assertThat(record.speeches()).extracting(SpeechTurn::text).containsExactly(
                "أعطي الكلمة الآن لممثل مصر، السيد أحمد.",
                "شكراً. تؤكد مصر أن إصلاح مجلس الأمن في رأينا قد تأخر كثيراً وأن أساليب عمله يجب أن تتغير قبل نهاية هذه الدورة."
                        + "\n\nونرى أن على المجموعات الإقليمية أن تتفق على نص واحد في أقرب وقت.",
                "أشكر ممثل مصر. الكلمة لممثل الأردن.",
                "يشكركم وفد بلدي على عقد هذه المناقشة المهمة بشأن إصلاح مجلس الأمن.\n\nونأمل أن تمضي المفاوضات قدماً بحسن نية.",
                "أشكر ممثل الأردن على بيانه.");
    }

    @Test
    void chineseColumnsAreReadLeftThenRight() throws Exception {
        Path pdf = dir.resolve("A_75_PV.12_zh.pdf");
        TestPdfs.writeTwoColumns(pdf, "A/75/PV.12", "大会第七十五届会议第12次全体会议", "20-25001",
                Script.CHINESE, List.of(
                        new ColumnPage(List.of(
                                "  主席(以英语发言)：现在请巴西代",
                                "表科斯塔先生发言。",
                                "  科斯塔先生(巴西)：谢谢主席先生。",
                                "巴西认为，安全理事会的改革早该进",
                                "行，其工作方法必须在本届会议结束",
                                "前改变。"),
                                List.of(
                                "  我们认为，各区域集团应当尽快就",
                                "一份案文达成一致。",
                                "  主席(以英语发言)：我感谢巴西代",
                                "表。现在请日本代表发言。",
                                "  佐藤先生(日本)：我国代表团感谢",
                                "你召开这次关于安全理事会改革的辩")),
                        new ColumnPage(List.of(
                                "论，日本一贯支持这项改革。",
                                "  我们希望谈判本着诚意向前推进。"),
                                List.of(
                                "  主席(以英语发言)：我感谢日本代",
                                "表的发言。"))));
        assertThat(sortedByPdfBox(pdf)).as("PDFBox's order interleaves the columns").contains("前改变。 你召开");

        MeetingRecord record = PARSER.parse(pdf);

        assertThat(record.speeches()).extracting(SpeechTurn::speaker, SpeechTurn::page).containsExactly(
                tuple("主席", 1), tuple("科斯塔先生", 1), tuple("主席", 1), tuple("佐藤先生", 1), tuple("主席", 2));
        assertThat(record.speeches()).extracting(SpeechTurn::text).containsExactly(
                "现在请巴西代表科斯塔先生发言。",
                "谢谢主席先生。巴西认为，安全理事会的改革早该进行，其工作方法必须在本届会议结束前改变。\n\n我们认为，各区域集团应当尽快就一份案文达成一致。",
                "我感谢巴西代表。现在请日本代表发言。",
                "我国代表团感谢你召开这次关于安全理事会改革的辩论，日本一贯支持这项改革。\n\n我们希望谈判本着诚意向前推进。",
                "我感谢日本代表的发言。");
    }

    private static String sortedByPdfBox(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
