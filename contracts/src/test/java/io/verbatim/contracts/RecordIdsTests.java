package io.verbatim.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordIdsTests {

    @Test
    void theSameInputGivesTheSameId() {
        assertThat(RecordIds.recordId("inbox", "CD_PV.1511.pdf", "zh"))
                .isEqualTo(RecordIds.recordId("inbox", "CD_PV.1511.pdf", "zh"))
                .hasSize(24);
    }

    @Test
    void sourceNameAndLanguageEachChangeTheId() {
        String id = RecordIds.recordId("inbox", "CD_PV.1511.pdf", "zh");

        assertThat(RecordIds.recordId("upload", "CD_PV.1511.pdf", "zh")).isNotEqualTo(id);
        assertThat(RecordIds.recordId("inbox", "CD_PV.1512.pdf", "zh")).isNotEqualTo(id);
        assertThat(RecordIds.recordId("inbox", "CD_PV.1511.pdf", "fr")).isNotEqualTo(id);
        assertThat(RecordIds.recordId("inbox", "CD_PV.1511.pdf", null)).isNotEqualTo(id);
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        assertThat(RecordIds.recordId("a", "bc", null)).isNotEqualTo(RecordIds.recordId("ab", "c", null));
    }

    @Test
    void sha256IsLowerCaseHex() {
        assertThat(RecordIds.sha256Hex("abc".getBytes()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
