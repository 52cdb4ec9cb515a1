package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.TugasTambahan;
import java.util.List;

/**
 * Calculates the value the tugas tambahan add to the Nilai Capaian SKP.
 *
 * <p>The {@linkplain #standard() standard} calculator counts the tasks: none adds 0, 1 to 3 add 1, 4 to 6 add 2
 * and 7 or more add 3.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface TugasTambahanCalculator {

    /** Returns the calculator that scores the count: 0 → 0, 1–3 → 1, 4–6 → 2, 7 or more → 3. */
    static TugasTambahanCalculator standard() {
        return StandardTugasTambahanCalculator.INSTANCE;
    }

    /**
     * Calculates the value of the tugas tambahan.
     *
     * @param tugasTambahan  the tasks, may be empty, not null
     * @return the step named {@value Pp46Steps#SKP_TUGAS_TAMBAHAN} whose value is the addition, not null
     */
    CalculationStep calculate(List<TugasTambahan> tugasTambahan);
}
