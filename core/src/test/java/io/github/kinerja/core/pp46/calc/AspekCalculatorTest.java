package io.github.kinerja.core.pp46.calc;

import static io.github.kinerja.core.pp46.Pp46Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.AspekSkp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden vectors of the aspect formulas (W for waktu, B for biaya). */
class AspekCalculatorTest {

    private final AspekCalculator calculator = AspekCalculator.standard();

    @ParameterizedTest(name = "{0}: TW {1}, RW {2} → efisiensi {3}, {4}, capaian {5}")
    @CsvSource({
        "W1, 12, 12,    0, UP_TO_24_PERCENT,  76",
        "W2,  5,  4,   20, UP_TO_24_PERCENT,  96",
        "W4, 12, 9.12, 24, UP_TO_24_PERCENT, 100",
        "W5, 12,  9,   25, ABOVE_24_PERCENT,  75",
        "W6, 12,  6,   50, ABOVE_24_PERCENT,  50",
        "W7, 12,  3,   75, ABOVE_24_PERCENT,  25",
        "W9, 12, 24, -100, UP_TO_24_PERCENT, -24",
        "W10, 12, 0,  100, ABOVE_24_PERCENT,   0"
    })
    void waktu_goldenVectors(String vector, String target, String realisasi, String efisiensi,
            EfficiencyBranch branch, String capaian) {
        AspekResult result = calculator.waktu(d(target), d(realisasi));

        assertThat(result.aspek()).isEqualTo(AspekSkp.WAKTU);
        assertThat(result.efisiensi()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo(efisiensi));
        assertThat(result.branch()).contains(branch);
        assertThat(result.value()).isEqualByComparingTo(capaian);
    }

    @ParameterizedTest(name = "{0}: TB {1}, RB {2} → capaian {4}")
    @CsvSource({
        "B1, 200000000, 150000000, ABOVE_24_PERCENT, 75",
        "B3, 200000000, 190000000, UP_TO_24_PERCENT, 81",
        "B4, 170395000, 170395000, UP_TO_24_PERCENT, 76"
    })
    void biaya_goldenVectors(String vector, String target, String realisasi, EfficiencyBranch branch,
            String capaian) {
        AspekResult result = calculator.biaya(d(target), d(realisasi));

        assertThat(result.aspek()).isEqualTo(AspekSkp.BIAYA);
        assertThat(result.branch()).contains(branch);
        assertThat(result.value()).isEqualByComparingTo(capaian);
    }

    @Test
    void waktu_efficiencyExactly24_takesTheFirstBranchWithFormulas() {
        AspekResult result = calculator.waktu(d("12"), d("9.12"));

        assertThat(result.steps()).extracting(CalculationStep::name)
                .containsExactly(Pp46Steps.WAKTU_EFISIENSI, Pp46Steps.WAKTU_CAPAIAN);
        assertThat(result.steps().get(0).formula()).isEqualTo("100 - 9.12 / 12 × 100");
        assertThat(result.steps().get(0).value()).isEqualByComparingTo("24");
        assertThat(result.steps().get(1).formula()).isEqualTo("(1.76 × 12 - 9.12) / 12 × 100");
        assertThat(result.steps().get(1).value()).isEqualByComparingTo("100");
    }

    @Test
    void waktu_efficiency25_foldsBackWithFormula() {
        AspekResult result = calculator.waktu(d("12"), d("9"));

        assertThat(result.steps().get(1).formula()).isEqualTo("76 - ((1.76 × 12 - 9) / 12 × 100 - 100)");
        assertThat(result.value()).isEqualByComparingTo("75");
    }

    @Test
    void waktu_daysAndMonths_scoreTheSameForTheSameRatio() {
        assertThat(calculator.waktu(d("5"), d("4")).value())
                .isEqualByComparingTo(calculator.waktu(d("150"), d("120")).value());
    }

    @Test
    void waktu_repeatingQuotient_keeps34Digits() {
        AspekResult result = calculator.waktu(d("9"), d("7"));

        // 176 - 700/9 = 884/9 = 98.222…
        assertThat(result.value().precision()).isGreaterThanOrEqualTo(33);
        assertThat(result.value()).isEqualByComparingTo("98.22222222222222222222222222222222");
        assertThat(result.steps().get(1).formula()).isEqualTo("(1.76 × 9 - 7) / 9 × 100");
    }

    @Test
    void kuantitas_aboveTarget_isNotCapped() {
        assertThat(calculator.kuantitas(d("1"), d("2")).value()).isEqualByComparingTo("200");
        assertThat(calculator.kuantitas(d("1"), d("1")).value()).isEqualByComparingTo("100");
        assertThat(calculator.kuantitas(d("5"), d("0")).value()).isEqualByComparingTo("0");
    }

    @Test
    void kualitas_90of100_is90WithFormula() {
        AspekResult result = calculator.kualitas(d("100"), d("90"));

        assertThat(result.value()).isEqualByComparingTo("90");
        assertThat(result.efisiensi()).isEmpty();
        assertThat(result.branch()).isEmpty();
        assertThat(result.steps()).containsExactly(
                CalculationStep.of(Pp46Steps.KUALITAS_CAPAIAN, "90 / 100 × 100", d("90")));
    }

    @Test
    void waktu_zeroTarget_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calculator.waktu(d("0"), d("12")))
                .withMessage("waktu target must be greater than 0, was 0");
    }

    @Test
    void kuantitas_negativeRealisasi_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calculator.kuantitas(d("1"), d("-1")))
                .withMessage("kuantitas realisasi must not be negative, was -1");
    }

    @Test
    void nullArguments_throwNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> calculator.waktu(null, d("1"))).withMessage("target");
        assertThatNullPointerException().isThrownBy(() -> calculator.biaya(d("1"), null)).withMessage("realisasi");
    }
}
