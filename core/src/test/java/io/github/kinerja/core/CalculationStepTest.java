package io.github.kinerja.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CalculationStepTest {

    @Test
    void of_keepsNameFormulaAndValue() {
        CalculationStep step =
                CalculationStep.of("pp46.waktu.efisiensi", "100 - 9.12 / 12 × 100", BigDecimal.valueOf(24));

        assertThat(step.name()).isEqualTo("pp46.waktu.efisiensi");
        assertThat(step.formula()).isEqualTo("100 - 9.12 / 12 × 100");
        assertThat(step.value()).isEqualByComparingTo("24");
        assertThat(step.toString()).isEqualTo("pp46.waktu.efisiensi: 100 - 9.12 / 12 × 100 = 24");
    }

    @Test
    void of_blankName_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CalculationStep.of(" ", "1 + 1", BigDecimal.ONE))
                .withMessage("name must not be blank");
    }

    @Test
    void of_blankFormula_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CalculationStep.of("x", "", BigDecimal.ONE))
                .withMessage("formula must not be blank, for step x");
    }

    @Test
    void of_nullArguments_throwNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> CalculationStep.of(null, "f", BigDecimal.ONE))
                .withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> CalculationStep.of("n", null, BigDecimal.ONE))
                .withMessage("formula");
        assertThatNullPointerException().isThrownBy(() -> CalculationStep.of("n", "f", null))
                .withMessage("value");
    }
}
