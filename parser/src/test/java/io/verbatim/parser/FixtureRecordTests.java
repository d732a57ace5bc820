package io.verbatim.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.ProceduralEvent;
import io.verbatim.contracts.record.SpeechTurn;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whole synthetic records, one per edition, written in the real formats (src/test/resources/fixtures). */
class FixtureRecordTests {

    private static final MeetingRecordParser PARSER = new MeetingRecordParser();

    private static MeetingRecord parse(String name) throws Exception {
        try (InputStream in = FixtureRecordTests.class.getResourceAsStream("/fixtures/" + name)) {
            return PARSER.parse(in, name, "text/plain");
        }
    }

    @Test
    void readsAnEnglishGeneralAssemblyRecord() throws Exception {
        MeetingRecord record = parse("en_A_71_PV.65.txt");

        assertThat(record).extracting(MeetingRecord::symbol, MeetingRecord::language, MeetingRecord::body, MeetingRecord::meetingNumber,
                        MeetingRecord::date, MeetingRecord::startTime, MeetingRecord::endTime, MeetingRecord::jobNumber, MeetingRecord::place)
                .containsExactly("A/71/PV.65", "en", "General Assembly", 65, LocalDate.of(2016, 12, 19), "10:05", "13:00", "16-43375", "New York");
        assertThat(record.announcedTime()).as("the time the heading announces").isEqualTo("10:00");
        assertThat(record.president().name()).isEqualTo("Thomson");
        assertThat(record.president().country()).isEqualTo("FJI");
        assertThat(record.speeches()).extracting(SpeechTurn::speaker, SpeechTurn::role, SpeechTurn::country, SpeechTurn::spokenLanguage)
                .containsExactly(
                        tuple("The President", "president", null, "en"),
                        tuple("Mr. Al-Hussein", "speaker", "SYR", "ar"),
                        tuple("Mrs. Jones", "speaker", "GBR", "en"),
                        tuple("Mr. Ivanov", "speaker", "RUS", "ru"),
                        tuple("Mr. Moreno", "other", null, "es"),
                        tuple("Ms. Lee", "speaker", "KOR", "en"),
                        tuple("Mr Dupont", "speaker", "FRA", "en"),
                        tuple("The President", "president", null, "en"),
                        tuple("The Acting President", "president", null, "en"),
                        tuple("Mr. Mansour", "speaker", "PSE", "en"),
                        tuple("The Acting President", "president", null, "en"));
    }

    @Test
    void labelRunningOverALineBreakAndSentencesEndingInAColonStayInTheTurn() throws Exception {
        SpeechTurn syria = parse("en_A_71_PV.65.txt").speeches().get(1);

        assertThat(syria.text()).startsWith("My delegation wishes to explain its vote.")
                .contains("the following points matter:").contains("the timing and the substance")
                .contains("Mr. Smith, who spoke earlier, asked a question");
    }

    @Test
    void undoesHyphenationAndDropsRunningHeaders() throws Exception {
        MeetingRecord record = parse("en_A_71_PV.65.txt");

        assertThat(record.speeches().get(2).text()).endsWith("for their work on the draft resolution.");
        assertThat(record.fullText()).doesNotContain("16-43375").doesNotContain("3/27").doesNotContain("19/12/2016");
        assertThat(record.speeches().get(4).page()).isEqualTo(4);
    }

    @Test
    void rapporteurHasAnAffiliationInsteadOfACountry() throws Exception {
        SpeechTurn rapporteur = parse("en_A_71_PV.65.txt").speeches().get(4);

        assertThat(rapporteur.affiliation()).isEqualTo("Rapporteur of the First Committee");
        assertThat(rapporteur.role()).isEqualTo(SpeechTurn.OTHER);
    }

    @Test
    void changeOfChairGivesTheActingPresidentTurnsToTheNewChair() throws Exception {
        MeetingRecord record = parse("en_A_71_PV.65.txt");

        assertThat(record.events()).filteredOn(e -> e.type().equals(ProceduralEvent.CHANGE_OF_CHAIR)).singleElement()
                .satisfies(e -> {
                    assertThat(e.person().name()).isEqualTo("Kamau");
                    assertThat(e.person().country()).isEqualTo("KEN");
                });
        assertThat(record.speeches().get(7).presidentName()).isEqualTo("Thomson");
        assertThat(record.speeches().get(8).presidentName()).isEqualTo("Kamau");
    }

    @Test
    void readsAgendaItemsEventsAndRecordedVotes() throws Exception {
        MeetingRecord record = parse("en_A_71_PV.65.txt");

        assertThat(record.agenda()).singleElement().satisfies(item -> {
            assertThat(item.item()).isEqualTo("88");
            assertThat(item.title()).isEqualTo("General and complete disarmament");
            assertThat(item.continued()).isTrue();
        });
        assertThat(record.speeches()).allSatisfy(turn -> assertThat(turn.agendaItem()).isEqualTo("88"));
        assertThat(record.events()).extracting(ProceduralEvent::type, ProceduralEvent::time).containsExactly(
                tuple("opening", "10:05"), tuple("recorded-vote", null), tuple("adoption", null),
                tuple("change-of-chair", null), tuple("decision", null), tuple("suspension", "11:10"), tuple("closing", "13:00"));
        var vote = record.events().get(1).vote();
        assertThat(vote.inFavour()).extracting(v -> v.code()).containsExactly("AFG", "ALB", "DZA", "DEU", "IRN", "VNM");
        assertThat(vote.against()).extracting(v -> v.code()).containsExactly("USA");
        assertThat(vote.abstaining()).extracting(v -> v.code()).containsExactly("CAN", "JPN");
        assertThat(vote.outcome()).isEqualTo("adopted");
    }

    @Test
    void readsAFrenchGenevaRecord() throws Exception {
        MeetingRecord record = parse("fr_CD_PV.1511.txt");

        assertThat(record).extracting(MeetingRecord::symbol, MeetingRecord::language, MeetingRecord::body, MeetingRecord::meetingNumber,
                        MeetingRecord::date, MeetingRecord::startTime, MeetingRecord::endTime, MeetingRecord::jobNumber)
                .containsExactly("CD/PV.1511", "fr", "Conference on Disarmament", 1511, LocalDate.of(2019, 6, 28), "14:40", "16:55", "GE.20-01398");
        assertThat(record.speeches()).extracting(SpeechTurn::speaker, SpeechTurn::country, SpeechTurn::spokenLanguage).containsExactly(
                tuple("Le Président", null, "en"), tuple("M. Biontino", "DEU", "en"), tuple("Mme Wood", "AUS", "en"),
                tuple("La Présidente", null, "fr"), tuple("M. Belkas", "DZA", "fr"), tuple("Mgr Jurkovič", "VAT", "en"),
                tuple("Le Président par intérim", null, "fr"));
    }

    @Test
    void readsASpanishGenevaRecord() throws Exception {
        MeetingRecord record = parse("es_CD_PV.1511.txt");

        assertThat(record).extracting(MeetingRecord::language, MeetingRecord::meetingNumber, MeetingRecord::date, MeetingRecord::startTime, MeetingRecord::endTime)
                .containsExactly("es", 1511, LocalDate.of(2019, 6, 28), "14:40", "16:55");
        assertThat(record.speeches()).extracting(SpeechTurn::speaker, SpeechTurn::role, SpeechTurn::country, SpeechTurn::spokenLanguage).containsExactly(
                tuple("El Presidente", "president", null, "en"), tuple("El Sr. Biontino", "speaker", "DEU", "en"),
                tuple("La Sra. Wood", "speaker", "AUS", "en"), tuple("El Presidente interino", "president", null, "es"),
                tuple("Sr. López", "speaker", "MEX", "es"));
    }

    @Test
    void readsARussianGenevaRecord() throws Exception {
        MeetingRecord record = parse("ru_CD_PV.1511.txt");

        assertThat(record).extracting(MeetingRecord::language, MeetingRecord::meetingNumber, MeetingRecord::date, MeetingRecord::startTime, MeetingRecord::endTime)
                .containsExactly("ru", 1511, LocalDate.of(2019, 6, 28), "14:40", "16:55");
        assertThat(record.president().country()).isEqualTo("VNM");
        assertThat(record.speeches()).extracting(SpeechTurn::speaker, SpeechTurn::country, SpeechTurn::spokenLanguage).containsExactly(
                tuple("Председатель", null, "en"), tuple("Г-н Бионтино", "DEU", "en"), tuple("Г-жа Вуд", "AUS", "en"),
                tuple("Г-н Белкас", "DZA", "fr"), tuple("Г-н Ли Сун", "CHN", "zh"));
    }

    @Test
    void readsAnArabicRecordWithMirroredBracketsAndSwappedLamAlef() throws Exception {
        MeetingRecord record = parse("ar_CD_PV.1511.txt");

        assertThat(record).extracting(MeetingRecord::language, MeetingRecord::meetingNumber, MeetingRecord::date, MeetingRecord::startTime, MeetingRecord::endTime)
                .containsExactly("ar", 1511, LocalDate.of(2019, 6, 28), "14:40", "16:55");
        assertThat(record.speeches()).extracting(SpeechTurn::speaker, SpeechTurn::country, SpeechTurn::spokenLanguage).containsExactly(
                tuple("الرئيس", null, "en"), tuple("السيد بيونتينو", "DEU", "en"), tuple("السيدة وود", "AUS", "en"),
                tuple("السيد بلقاس", "DZA", "fr"), tuple("السيد لي سونغ", "CHN", "ar"));
    }

    @Test
    void readsAChineseGeneralAssemblyRecord() throws Exception {
        MeetingRecord record = parse("zh_A_71_PV.65.txt");

        assertThat(record).extracting(MeetingRecord::language, MeetingRecord::body, MeetingRecord::meetingNumber, MeetingRecord::date,
                        MeetingRecord::startTime, MeetingRecord::endTime, MeetingRecord::place)
                .containsExactly("zh", "General Assembly", 65, LocalDate.of(2016, 12, 19), "10:05", "13:00", "New York");
        assertThat(record.announcedTime()).as("the time the heading announces").isEqualTo("10:00");
        assertThat(record.agenda()).singleElement().satisfies(item -> assertThat(item.title()).isEqualTo("全面彻底裁军"));
        assertThat(record.speeches()).extracting(SpeechTurn::speaker, SpeechTurn::country, SpeechTurn::spokenLanguage, SpeechTurn::text).containsExactly(
                tuple("主席", null, "en", "现在请阿拉伯叙利亚共和国代表发言。"),
                tuple("哈桑先生", "SYR", "ar", "我国代表团要解释投票理由。"),
                tuple("史密斯女士", "GBR", "en", "我们支持决议草案。"),
                tuple("伊万诺夫先生", "RUS", "zh", "我们不同意。"),
                tuple("代理主席", null, "zh", "复会。"));
        assertThat(record.events()).extracting(ProceduralEvent::type).containsExactly("opening", "suspension", "closing");
    }

    /**
     * The trap of the English sample: after a suspension line the chair's "The meeting is resumed." is a turn of
     * its own, not part of the turn before it, and the suspension line belongs to neither; a line ending in a
     * colon inside a speech, and the cover notice after a speech that starts on the cover, are no labels.
     */
    @Test
    void chairTurnAfterASuspensionIsATurnOfItsOwn() throws Exception {
        String text = """
                                                                                   CD/PV.1777

                Conference on Disarmament                                          English

                Final record of the one thousand seven hundred and seventy-seventh plenary meeting
                Held at the Palais des Nations, Geneva, on Tuesday, 7 March 2023, at 10.05 a.m.

                President:         Mr. Olav Berg .............................................. (Norway)

                            The President: I declare open the 1777th plenary meeting of the
                      Conference on Disarmament. I give the floor to the representative of Chile.
                            Mr. Rojas (Chile): Thank you, Mr. President. We have three points.



                                         This record contains the text of speeches delivered in English and the
                                         interpretation of speeches delivered in other languages. Corrections
                                         should be made to the original speeches only.

                GE.23-04021 (E)     140323     150323

                *2304021*                                                                   Please recycle
                CD/PV.1777

                2 GE.23-04021

                      The first concerns the programme of work, the second the subsidiary bodies.
                            On the third, let me be brief:
                      my delegation will circulate a paper. Thank you.
                            The President: I thank the representative of Chile. I suggest that we
                      suspend the meeting briefly for consultations.
                                  The meeting was suspended at 10.40 a.m. and resumed at 11 a.m.
                            The President: The meeting is resumed. I give the floor to the
                      representative of Peru.
                            Mr. Quispe (Peru) (spoke in Spanish): Thank you, Mr. President.
                            The President: I thank the representative of Peru. This meeting is adjourned.
                                                The meeting rose at 11.20 a.m.
                """;
        MeetingRecord record;
        try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            record = PARSER.parse(in, "en_CD_PV.1777.txt", "text/plain");
        }

        assertThat(record.meetingNumber()).isEqualTo(1777);
        assertThat(record.speeches()).extracting(SpeechTurn::speaker, SpeechTurn::spokenLanguage, turn -> turn.text().substring(0, 20))
                .containsExactly(
                        tuple("The President", "en", "I declare open the 1"),
                        tuple("Mr. Rojas", "en", "Thank you, Mr. Presi"),
                        tuple("The President", "en", "I thank the represen"),
                        tuple("The President", "en", "The meeting is resum"),
                        tuple("Mr. Quispe", "es", "Thank you, Mr. Presi"),
                        tuple("The President", "en", "I thank the represen"));
        assertThat(record.speeches().get(1).text())
                .startsWith("Thank you, Mr. President. We have three points. The first concerns the programme of work")
                .contains("let me be brief: my delegation will circulate a paper.")
                .doesNotContain("Corrections", "interpretation", "GE.23", "2304021", "recycle");
        assertThat(record.speeches().get(2).text()).doesNotContain("suspended");
        assertThat(record.events()).extracting(ProceduralEvent::type).contains("suspension", "closing");
    }
}
