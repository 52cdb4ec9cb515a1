package io.github.kinerja.core.permen2022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Angka kredit from predikat (Perban BKN 3/2023) with the AK vectors of the specification. */
class AngkaKreditCalculatorTest {

    private static final AngkaKreditCalculator CALCULATOR = AngkaKreditCalculator.standard();

    @ParameterizedTest(name = "{0}: {1} {2} for {3} months -> {4}")
    @CsvSource({
        "AK1, AHLI_PERTAMA, SANGAT_BAIK, 12, 18.75, 18.75",
        "AK2, AHLI_MUDA, BUTUH_PERBAIKAN, 12, 18.75, 18.75",
        "AK3, TERAMPIL, BAIK, 12, 5, 5.00",
        "AK4, PEMULA, SANGAT_BAIK, 12, 5.625, 5.63",
        "AK5, AHLI_PERTAMA, SANGAT_KURANG, 12, 3.125, 3.13",
        "AK7, AHLI_UTAMA, KURANG_MISCONDUCT, 12, 25, 25.00",
    })
    void calculate_annualVectors(String vector, JenjangJf jenjang, PredikatPegawai predikat, int months,
            String exact, String rounded) {
        HasilAngkaKredit hasil = CALCULATOR.calculate(jenjang, List.of(PeriodeAngkaKredit.of(months, predikat)));

        assertThat(hasil.exactTotal()).as(vector).isEqualByComparingTo(exact);
        assertThat(hasil.total()).as(vector).isEqualTo(new BigDecimal(rounded));
    }

    @Test
    void calculate_ak8TwoMonthsBaik_is2point08() {
        HasilAngkaKredit hasil = CALCULATOR.calculate(JenjangJf.AHLI_PERTAMA,
                List.of(PeriodeAngkaKredit.of(2, PredikatPegawai.BAIK)));

        assertThat(hasil.exactTotal().toPlainString()).startsWith("2.08333");
        assertThat(hasil.total()).isEqualTo(new BigDecimal("2.08"));
        assertThat(hasil.steps()).extracting(step -> step.formula())
                .contains("2 / 12 × 100 % (BAIK) × 12.5");
    }

    @Test
    void calculate_roundingStage_changesTheLastDecimal() {
        // Pemula, Sangat Baik in two halves: 2.8125 + 2.8125 = 5.625.
        List<PeriodeAngkaKredit> periods = List.of(PeriodeAngkaKredit.of(6, PredikatPegawai.SANGAT_BAIK),
                PeriodeAngkaKredit.of(6, PredikatPegawai.SANGAT_BAIK));
        AngkaKreditCalculator eachItem = AngkaKreditCalculator.of(
                RoundingPolicy.defaults().withStage(RoundingStage.EACH_ITEM));

        HasilAngkaKredit finalOnly = CALCULATOR.calculate(JenjangJf.PEMULA, periods);
        HasilAngkaKredit perPeriod = eachItem.calculate(JenjangJf.PEMULA, periods);

        assertThat(finalOnly.exactTotal()).isEqualByComparingTo("5.625");
        assertThat(finalOnly.total()).isEqualTo(new BigDecimal("5.63"));
        assertThat(perPeriod.total()).isEqualTo(new BigDecimal("5.62"));
        assertThat(perPeriod.steps()).extracting(step -> step.name())
                .contains("permen2022.angkaKredit.periode.1.dibulatkan", "permen2022.angkaKredit.periode.2.dibulatkan");
    }

    @Test
    void calculate_explicitKoefisien_isUsed() {
        HasilAngkaKredit hasil = CALCULATOR.calculate(new BigDecimal("10"),
                List.of(PeriodeAngkaKredit.of(12, PredikatPegawai.SANGAT_BAIK)));

        assertThat(hasil.total()).isEqualTo(new BigDecimal("15.00"));
        assertThat(hasil.jenjang()).isEmpty();
    }

    @Test
    void calculate_noPeriods_isZero() {
        assertThat(CALCULATOR.calculate(JenjangJf.AHLI_MUDA, Collections.emptyList()).total())
                .isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void periode_fromDates_countsWholeMonths() {
        AssessmentPeriod quarter = AssessmentPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));

        assertThat(PeriodeAngkaKredit.of(quarter, PredikatPegawai.BAIK).bulan()).isEqualTo(3);
    }

    @Test
    void periode_thirteenMonths_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodeAngkaKredit.of(13, PredikatPegawai.BAIK))
                .withMessage("bulan must be between 1 and 12, was 13");
    }

    @Test
    void jenjang_koefisienAndConfirmation() {
        assertThat(JenjangJf.AHLI_PERTAMA.koefisien()).isEqualByComparingTo("12.5");
        assertThat(JenjangJf.AHLI_PERTAMA.isKoefisienConfirmed()).isTrue();
        assertThat(JenjangJf.PENYELIA.koefisien()).isEqualByComparingTo("25");
        assertThat(JenjangJf.PENYELIA.isKoefisienConfirmed()).isFalse();
    }
}
