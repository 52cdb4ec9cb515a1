package io.github.kinerja.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GolonganTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "III/b", "III/B", "III / b", "IIIb", "III-b", "III.b", " III/b ", "iii/b",
        "Penata Muda Tk I, III/b", "Penata Muda Tk.I (III/b)", "Penata Muda Tingkat I - III/b",
        "III/b Penata Muda Tingkat I"
    })
    void parse_writtenForms_readIIIb(String written) {
        assertThat(Golongan.parse(written)).isEqualTo(Golongan.III_B);
    }

    @Test
    void values_areSeventeenGradesInAscendingOrder() {
        assertThat(Golongan.values()).hasSize(17);
        assertThat(Golongan.values()[0]).isEqualTo(Golongan.I_A);
        assertThat(Golongan.values()[16]).isEqualTo(Golongan.IV_E);
        assertThat(Golongan.III_A).isGreaterThan(Golongan.II_D);
    }

    @Test
    void pangkat_knownGrades_haveOfficialNames() {
        assertThat(Golongan.I_A.pangkat()).isEqualTo("Juru Muda");
        assertThat(Golongan.II_D.pangkat()).isEqualTo("Pengatur Tingkat I");
        assertThat(Golongan.III_A.pangkat()).isEqualTo("Penata Muda");
        assertThat(Golongan.III_B.pangkat()).isEqualTo("Penata Muda Tingkat I");
        assertThat(Golongan.IV_C.pangkat()).isEqualTo("Pembina Utama Muda");
        assertThat(Golongan.IV_D.pangkat()).isEqualTo("Pembina Utama Madya");
        assertThat(Golongan.IV_E.pangkat()).isEqualTo("Pembina Utama");
    }

    @Test
    void code_IIIb_isPrinted() {
        assertThat(Golongan.III_B.code()).isEqualTo("III/b");
        assertThat(Golongan.IV_E.code()).isEqualTo("IV/e");
    }

    @ParameterizedTest
    @EnumSource(Golongan.class)
    void parse_code_roundTrips(Golongan golongan) {
        assertThat(Golongan.parse(golongan.code())).isEqualTo(golongan);
    }

    @ParameterizedTest
    @EnumSource(Golongan.class)
    void parse_pangkatWithCode_readsTheCode(Golongan golongan) {
        assertThat(Golongan.parse(golongan.pangkat() + ", " + golongan.code())).isEqualTo(golongan);
        assertThat(Golongan.parse(golongan.pangkat() + " (" + golongan.code() + ")")).isEqualTo(golongan);
    }

    @Test
    void parse_gradeIWithLetterE_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Golongan.parse("I/e"))
                .withMessage("golongan I/e does not exist, because grades I, II and III run from a to d and grade "
                        + "IV from a to e, was: \"I/e\"");
    }

    @Test
    void parse_pangkatOnly_throwsWithValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Golongan.parse("Penata Muda Tingkat I"))
                .withMessage("golongan must be a roman numeral I to IV and a letter a to e, such as III/b, was: "
                        + "\"Penata Muda Tingkat I\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "V/a", "3/b", "III", "III/f", "IIII/b", "b"})
    void parse_noGrade_throws(String written) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Golongan.parse(written))
                .withMessageStartingWith("golongan ")
                .withMessageEndingWith("\"" + written + "\"");
    }

    @Test
    void parse_twoDifferentGrades_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Golongan.parse("III/b, IV/a"))
                .withMessage("golongan must be written once, found III/b and IV/a in: \"III/b, IV/a\"");
    }

    @Test
    void parse_sameGradeTwice_succeeds() {
        assertThat(Golongan.parse("III/b (III/b)")).isEqualTo(Golongan.III_B);
    }

    @Test
    void parse_null_throwsNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> Golongan.parse(null)).withMessage("text");
    }
}
