package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.TugasTambahan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Scores tugas tambahan by their count; see {@link TugasTambahanCalculator}. */
final class StandardTugasTambahanCalculator implements TugasTambahanCalculator {

    static final StandardTugasTambahanCalculator INSTANCE = new StandardTugasTambahanCalculator();

    private StandardTugasTambahanCalculator() {}

    @Override
    public CalculationStep calculate(List<TugasTambahan> tugasTambahan) {
        Objects.requireNonNull(tugasTambahan, "tugasTambahan");
        int count = tugasTambahan.size();
        int value;
        String band;
        if (count == 0) {
            value = 0;
            band = "none";
        } else if (count <= 3) {
            value = 1;
            band = "1 to 3";
        } else if (count <= 6) {
            value = 2;
            band = "4 to 6";
        } else {
            value = 3;
            band = "7 or more";
        }
        return CalculationStep.of(Pp46Steps.SKP_TUGAS_TAMBAHAN,
                count + " tugas tambahan (" + band + " → " + value + ")", BigDecimal.valueOf(value));
    }

    @Override
    public String toString() {
        return "TugasTambahanCalculator.standard()";
    }
}
