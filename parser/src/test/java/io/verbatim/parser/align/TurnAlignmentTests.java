package io.verbatim.parser.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.SpeechTurn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Synthetic turn lists of one meeting in several languages, aligned by {@link LanguageVersionAligner}. */
class TurnAlignmentTests {

    private static final String P = SpeechTurn.PRESIDENT;
    private static final String S = SpeechTurn.SPEAKER;
    private static final String O = SpeechTurn.OTHER;

    private final LanguageVersionAligner aligner = new LanguageVersionAligner();

    /** The English version of an invented meeting: chair, a briefer, four delegates, the chair between. */
    private static final List<SpeechTurn> ENGLISH = turns(
            t("The President", P, null, "en", 900),
            t("Ms. Okafor", O, null, "en", 6000),
            t("The President", P, null, "en", 80),
            t("Mr. Dubois", S, "FRA", "fr", 4200),
            t("Mrs. Novak", S, "CZE", "en", 3100),
            t("Mr. Petrov", S, "RUS", "ru", 8800),
            t("The President", P, null, "en", 60),
            t("Ms. García Pérez", S, "MEX", "es", 3300));

    private static final List<SpeechTurn> FRENCH = turns(
            t("Le Président", P, null, "en", 1050),
            t("Mme Okafor", O, null, "en", 7000),
            t("Le Président", P, null, "en", 95),
            t("M. Dubois", S, "FRA", "fr", 4600),
            t("Mme Novak", S, "CZE", "en", 3600),
            t("M. Petrov", S, "RUS", "ru", 10100),
            t("Le Président", P, null, "en", 70),
            t("Mme Garcia Perez", S, "MEX", "es", 3900));

    @Test
    void versionsWithTheSameTurnsPairEveryTurnWithTheTurnAtTheSamePlace() {
        TurnAlignment alignment = aligner.align(ENGLISH, "en", FRENCH, "fr");

        assertThat(alignment.pairs()).extracting(TurnAlignment.TurnPair::seqA, TurnAlignment.TurnPair::seqB)
                .containsExactlyElementsOf(sameSeqs(8));
        assertThat(alignment.pairs()).allSatisfy(p -> assertThat(p.score()).as("score of %s", p).isPositive());
        assertThat(alignment.unpairedA()).isEmpty();
        assertThat(alignment.unpairedB()).isEmpty();
    }

    @Test
    void aTurnMissingFromOneVersionIsReportedAndTheTurnsAfterItStillPair() {
        List<SpeechTurn> frenchWithoutNovak = turns(FRENCH.get(0), FRENCH.get(1), FRENCH.get(2), FRENCH.get(3),
                FRENCH.get(5), FRENCH.get(6), FRENCH.get(7));

        TurnAlignment alignment = aligner.align(ENGLISH, "en", frenchWithoutNovak, "fr");

        assertThat(alignment.unpairedA()).containsExactly(5);
        assertThat(alignment.unpairedB()).isEmpty();
        assertThat(alignment.partnerInB(4)).contains(4);
        assertThat(alignment.partnerInB(6)).contains(5);
        assertThat(alignment.partnerInB(8)).contains(7);
    }

    @Test
    void aTurnSplitInTwoPairsWithItsLongerPartAndTheOtherPartIsReported() {
        SpeechTurn petrov = FRENCH.get(5);
        List<SpeechTurn> frenchWithPetrovSplit = turns(FRENCH.get(0), FRENCH.get(1), FRENCH.get(2), FRENCH.get(3),
                FRENCH.get(4), t(petrov.speaker(), S, "RUS", "ru", 6500), t(petrov.speaker(), S, "RUS", "ru", 3600),
                FRENCH.get(6), FRENCH.get(7));

        TurnAlignment alignment = aligner.align(ENGLISH, "en", frenchWithPetrovSplit, "fr");

        assertThat(alignment.partnerInB(6)).contains(6);
        assertThat(alignment.unpairedB()).containsExactly(7);
        assertThat(alignment.unpairedA()).isEmpty();
        assertThat(alignment.partnerInB(7)).contains(8);
        assertThat(alignment.partnerInB(8)).contains(9);
    }

    @Test
    void namesInChineseAndArabicAreNotComparedSoRoleCountryAndLengthPairTheTurns() {
        List<SpeechTurn> chinese = turns(
                t("主席", P, null, "en", 300),
                t("奥卡福女士", O, null, "en", 2000),
                t("主席", P, null, "en", 27),
                t("迪布瓦先生", S, "FRA", "fr", 1400),
                t("诺瓦克夫人", S, "CZE", "en", 1030),
                t("彼得罗夫先生", S, "RUS", "ru", 2930),
                t("主席", P, null, "en", 20),
                t("加西亚·佩雷斯女士", S, "MEX", "es", 1100));
        List<SpeechTurn> arabicWithoutDubois = turns(
                t("الرئيس", P, null, "en", 850),
                t("السيدة أوكافور", O, null, "en", 5600),
                t("الرئيس", P, null, "en", 75),
                t("السيدة نوفاك", S, "CZE", "en", 2900),
                t("السيد بيتروف", S, "RUS", "ru", 8300),
                t("الرئيس", P, null, "en", 55),
                t("السيدة غارسيا بيريز", S, "MEX", "es", 3100));

        TurnAlignment enZh = aligner.align(ENGLISH, "en", chinese, "zh");
        TurnAlignment zhAr = aligner.align(chinese, "zh", arabicWithoutDubois, "ar");

        assertThat(enZh.pairs()).extracting(TurnAlignment.TurnPair::seqA, TurnAlignment.TurnPair::seqB)
                .containsExactlyElementsOf(sameSeqs(8));
        assertThat(zhAr.unpairedA()).containsExactly(4);
        assertThat(zhAr.partnerInB(5)).contains(4);
        assertThat(zhAr.partnerInB(8)).contains(7);
    }

    @Test
    void latinScriptNamesCountOnlyWithATitleAndAcrossScriptsNotAtAll() {
        SpeakerName names = SpeakerName.load();

        assertThat(names.wordsOf("Mme Pavļuta-Deslandes")).contains(List.of("pavluta", "deslandes"));
        assertThat(names.wordsOf("El Sr. Alfaro de Alba")).contains(List.of("alfaro", "de", "alba"));
        assertThat(names.wordsOf("Ms. García Pérez")).isEqualTo(names.wordsOf("Mme Garcia Perez"));
        assertThat(names.wordsOf("The President")).isEmpty();
        assertThat(names.wordsOf("La Vice-Secrétaire générale")).isEmpty();
        assertThat(names.wordsOf("Г-н Петров")).isEmpty();
        assertThat(names.wordsOf("彼得罗夫先生")).isEmpty();
        assertThat(names.wordsOf("السيد بيتروف")).isEmpty();
    }

    @Test
    void theChairsManyTurnsPairByPositionAndLengthWhenOneIsMissing() {
        List<SpeechTurn> english = turns(t("The President", P, null, "en", 800), t("The President", P, null, "en", 60),
                t("The President", P, null, "en", 2000), t("The President", P, null, "en", 50),
                t("The President", P, null, "en", 1200));
        List<SpeechTurn> frenchWithoutTheSecond = turns(t("Le Président", P, null, "en", 950),
                t("Le Président", P, null, "en", 2300), t("Le Président", P, null, "en", 58),
                t("Le Président", P, null, "en", 1400));

        TurnAlignment alignment = aligner.align(english, "en", frenchWithoutTheSecond, "fr");

        assertThat(alignment.pairs()).extracting(TurnAlignment.TurnPair::seqA, TurnAlignment.TurnPair::seqB)
                .containsExactly(tuple(1, 1), tuple(3, 2),
                        tuple(4, 3), tuple(5, 4));
        assertThat(alignment.unpairedA()).containsExactly(2);
    }

    @Test
    void recordsOfDifferentMeetingsAreRefusedWithBothSymbolsInTheMessage() {
        MeetingRecord english = record("S/PV.9001", "en", 9001, ENGLISH);
        MeetingRecord french = record("S/PV.9002", "fr", 9002, FRENCH);

        assertThatThrownBy(() -> aligner.align(english, french)).isInstanceOf(DifferentMeetingsException.class)
                .hasMessageContaining("S/PV.9001 (en)").hasMessageContaining("S/PV.9002 (fr)");
    }

    @Test
    void aVersionWithoutSymbolIsAlignedWithAWarningUnlessItsMeetingNumberDiffers() {
        MeetingRecord english = record("S/PV.9001", "en", 9001, ENGLISH);

        TurnAlignment alignment = aligner.align(english, record(null, "fr", 9001, FRENCH));

        assertThat(alignment.symbol()).isEqualTo("S/PV.9001");
        assertThat(alignment.pairs()).hasSize(8);
        assertThat(alignment.warnings()).singleElement().asString().contains("symbol unknown in the fr version");
        assertThatThrownBy(() -> aligner.align(english, record(null, "fr", 9002, FRENCH)))
                .isInstanceOf(DifferentMeetingsException.class).hasMessageContaining("meeting 9001 and meeting 9002");
    }

    private static List<Tuple> sameSeqs(int n) {
        List<Tuple> seqs = new ArrayList<>();
        for (int seq = 1; seq <= n; seq++) {
            seqs.add(tuple(seq, seq));
        }
        return seqs;
    }

    private static SpeechTurn t(String speaker, String role, String country, String spokenLanguage, int length) {
        return new SpeechTurn(0, speaker, role, country, null, null, spokenLanguage, "x".repeat(length), 1, null, null, List.of());
    }

    /** Numbers the turns from 1, as the parser does. */
    private static List<SpeechTurn> turns(SpeechTurn... turns) {
        List<SpeechTurn> numbered = new ArrayList<>();
        for (SpeechTurn t : turns) {
            numbered.add(new SpeechTurn(numbered.size() + 1, t.speaker(), t.role(), t.country(), t.countryName(), t.affiliation(),
                    t.spokenLanguage(), t.text(), t.page(), t.agendaItem(), t.presidentName(), t.languageSwitches()));
        }
        return numbered;
    }

    private static MeetingRecord record(String symbol, String language, int meetingNumber, List<SpeechTurn> speeches) {
        return new MeetingRecord(MeetingRecord.MEETING_RECORD, symbol, language, "Security Council", null, meetingNumber,
                LocalDate.of(2026, 3, 23), null, null, null, null, null, null, null, 1, true, List.of(), List.of(), speeches, List.of(),
                List.of());
    }
}
