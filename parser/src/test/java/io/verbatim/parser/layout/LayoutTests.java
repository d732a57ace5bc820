package io.verbatim.parser.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.contracts.record.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTests {

    private final PageSplitter splitter = new PageSplitter();
    private final RunningHeaderFilter filter = new RunningHeaderFilter();
    private final ParagraphAssembler assembler = new ParagraphAssembler(line -> false);

    private List<Paragraph> paragraphs(String text) {
        return assembler.assemble(filter.filter(splitter.split(List.of(text), false)));
    }

    @Test
    void runningHeadersInTextWithoutFormFeedsAreNumberedPageBreaks() {
        String text = """
                 第一段开始，这一行很长很长很长很长很长很长很长很长很长很长很长很长

                继续第一段，这一行也很长很长很长很长很长很长很长很长很长很长很长

                CD/PV.1511

                4 GE.20-01397

                第一段在第四页结束。

                 第二段。

                CD/PV.1511

                GE.20-01397 19

                 第三段。
                """;

        List<Paragraph> paragraphs = paragraphs(text);

        assertThat(paragraphs).extracting(Paragraph::page, Paragraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "第一段开始，这一行很长很长很长很长很长很长很长很长很长很长很长很长继续第一段，这一行也很长很长很长很长很长很长很长很长很长很长很长第一段在第四页结束。"),
                org.assertj.core.groups.Tuple.tuple(4, "第二段。"),
                org.assertj.core.groups.Tuple.tuple(19, "第三段。"));
    }

    @Test
    void formFeedsArePagesAndHeaderLinesAtTheirEdgesGo() {
        List<Line> lines = splitter.split(List.of("CD/PV.1\n  First paragraph starts here and\nends here.\n", "*1643375*\n  Second.\n16-43375"), true);

        List<Paragraph> paragraphs = assembler.assemble(filter.filter(lines));

        assertThat(paragraphs).extracting(Paragraph::page, Paragraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "First paragraph starts here and ends here."), org.assertj.core.groups.Tuple.tuple(2, "Second."));
    }

    @Test
    void thePrintedPageNumberWinsOverCountingFormFeeds() {
        // A leading form feed and an unnumbered cover would make the footer's page 2 the third page counted.
        List<Line> lines = splitter.split(List.of("", "United Nations A/71/PV.65\nGeneral Assembly\n",
                "  Mr. Smith (France): First.\n2/17 16-43375\n", "S/PV.1 Title 06/12/2018\n  Second.\n", "16-43375 4/17\n  Third.\n"), true);

        List<Line> kept = filter.filter(lines).stream().filter(line -> !line.isBlank()).toList();

        assertThat(kept).extracting(Line::page, line -> line.text().strip()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "United Nations A/71/PV.65"), org.assertj.core.groups.Tuple.tuple(1, "General Assembly"),
                org.assertj.core.groups.Tuple.tuple(2, "Mr. Smith (France): First."), org.assertj.core.groups.Tuple.tuple(3, "Second."),
                org.assertj.core.groups.Tuple.tuple(4, "Third."));
    }

    @Test
    void pdfJsTextNumbersEachPageFromTheHeaderAndFooterItOpensWith() {
        String text = """
                United Nations S/PV.10124
                Security Council
                S/PV.10124 Maintenance of peace and security of Ukraine 23/03/2026
                26-039202/28
                The President: In accordance with rule 37 of the Council’s provisional rules of
                procedure, I invite the representatives. The United Nations cannot
                23/03/2026 Maintenance of peace and security of Ukraine S/PV.10124
                3/2826-03920
                verify these reports owing to a lack of access.
                """;

        List<Paragraph> paragraphs = paragraphs(text);

        assertThat(paragraphs).extracting(Paragraph::page).containsExactly(1, 1, 2);
        assertThat(paragraphs.get(2).text()).startsWith("The President: In accordance")
                .endsWith("The United Nations cannot verify these reports owing to a lack of access.")
                .doesNotContain("S/PV.10124").doesNotContain("26-03920").doesNotContain("23/03/2026");
    }

    @Test
    void pdfBoxTextOfANewYorkRecordNumbersEachPageFromTheFooterThatClosesIt() {
        String text = """
                United Nations A/71/PV.65
                General Assembly
                16-43375 (E)
                *1643375*
                A/71/PV.65 Maintenance of peace 19/12/2016
                  The President: I give the floor to the representative
                of Fiji.
                2/17 16-43375
                19/12/2016 Maintenance of peace A/71/PV.65
                  Mr. Smith (Fiji): Thank you.
                16-43375 3/17
                """;

        List<Paragraph> paragraphs = paragraphs(text);

        assertThat(paragraphs).extracting(Paragraph::page, Paragraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "United Nations A/71/PV.65"), org.assertj.core.groups.Tuple.tuple(1, "General Assembly"),
                org.assertj.core.groups.Tuple.tuple(2, "The President: I give the floor to the representative of Fiji."),
                org.assertj.core.groups.Tuple.tuple(3, "Mr. Smith (Fiji): Thank you."));
    }

    @Test
    void joinsLinesAsEachScriptWants() {
        assertThat(LineJoiner.join("我们支持", "决议草案。")).isEqualTo("我们支持决议草案。");
        assertThat(LineJoiner.join("议程项目", "4，保证")).isEqualTo("议程项目 4，保证");
        assertThat(LineJoiner.join("the draft resolu-", "tion")).isEqualTo("the draft resolution");
        assertThat(LineJoiner.join("non-", "Member States")).isEqualTo("non- Member States");
        assertThat(LineJoiner.join("Thank you,", "Mr. President")).isEqualTo("Thank you, Mr. President");
    }

    @Test
    void theCoverNoticeAndTheBarCodeWithItsRecyclingNoteAreNoText() {
        String cover = """
                CD/PV.1601
                      weapons under the Treaty on the Non-Proliferation of Nuclear Weapons.

                                         This record contains the text of speeches delivered in English and the
                                         interpretation of speeches delivered in other languages. Corrections
                                         should be made to the original speeches only.

                GE.21-06512 (E)     140621     150621

                *2106512*                                                                   Please recycle
                """;
        String french = """
                                         Le présent compte rendu contient le texte des discours prononcés en
                                         français et l'interprétation des autres discours.
                *2106513*     Merci de recycler
                """;

        List<Line> kept = filter.filter(splitter.split(List.of(cover, french), true));

        assertThat(kept).filteredOn(line -> !line.isBlank()).extracting(line -> line.text().strip())
                .containsExactly("weapons under the Treaty on the Non-Proliferation of Nuclear Weapons.");
    }

    @Test
    void aShortLineEndingInAColonThatTheNextLineContinuesInLowerCaseIsOneParagraph() {
        String text = """
                            None of these steps prejudges the outcome of the negotiations; each
                      of them builds confidence between the States concerned, and all of
                      them can be taken this year.
                            Finally, on the programme of work:
                      my delegation remains ready to show flexibility, as it has done in past
                      years, and to consider any proposal that the Chair may put to us.
                            We propose three steps:
                            First, a common statement by the nuclear-weapon States in this room,
                      made at the opening of the next session.
                """;

        assertThat(paragraphs(text)).extracting(Paragraph::text).containsExactly(
                "None of these steps prejudges the outcome of the negotiations; each of them builds confidence between the States concerned,"
                        + " and all of them can be taken this year.",
                "Finally, on the programme of work: my delegation remains ready to show flexibility, as it has done in past years,"
                        + " and to consider any proposal that the Chair may put to us.",
                "We propose three steps:",
                "First, a common statement by the nuclear-weapon States in this room, made at the opening of the next session.");
    }
}
