package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.Kreativitas;
import java.util.List;

/**
 * Calculates the value the kreativitas items add to the Nilai Capaian SKP, from the value of each item (3, 6 or 12
 * by the reach of its benefit).
 *
 * <p>The sources found do not settle how several items combine, so {@link KreativitasAggregation} offers the maximum
 * (the default) and the sum.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface KreativitasCalculator {

    /**
     * Calculates the value of the kreativitas items.
     *
     * @param kreativitas  the items, may be empty, not null
     * @return the step named {@value Pp46Steps#SKP_KREATIVITAS} whose value is the addition, not null
     */
    CalculationStep calculate(List<Kreativitas> kreativitas);
}
