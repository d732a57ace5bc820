package io.verbatim.parser.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LamAlefOrderTests {

    @Test
    void putsTheLamOfAnExtractedLamAlefLigatureBeforeItsAlef() {
        assertThat(LamAlefOrder.repair("ميثاق األمم المتحدة")).isEqualTo("ميثاق الأمم المتحدة");
        assertThat(LamAlefOrder.repair("تكلم باإلنكليزية")).isEqualTo("تكلم بالإنكليزية");
        assertThat(LamAlefOrder.repair("االتحاد الأوروبي")).isEqualTo("الاتحاد الأوروبي");
        assertThat(LamAlefOrder.repair("اآلن")).isEqualTo("الآن");
    }

    @Test
    void leavesCorrectlyExtractedTextAsItIs() {
        String printed = "أعلن افتتاح الجلسة. ألمانيا والأمم المتحدة بالإنكليزية، لأن الاتحاد الآن. CD/PV.1605";

        assertThat(LamAlefOrder.repair(printed)).isEqualTo(printed);
    }
}
