package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.RoundingPolicy;
import java.util.List;

/**
 * Calculates the Nilai Capaian SKP from the kegiatan results and the tugas tambahan and kreativitas values.
 *
 * <p>The {@linkplain #standard() standard} calculator takes the arithmetic mean of the kegiatan values and adds the
 * tugas tambahan and kreativitas values. Under {@link io.github.kinerja.core.RoundingStage#EACH_ITEM} it rounds each
 * kegiatan value with the rounding policy before averaging, and otherwise the mean is exact. The result does not depend
 * on the order of the kegiatan.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface CapaianSkpCalculator {

    /** Returns the calculator of Perka BKN 1/2013. */
    static CapaianSkpCalculator standard() {
        return StandardCapaianSkpCalculator.INSTANCE;
    }

    /**
     * Calculates the Nilai Capaian SKP.
     *
     * @param kegiatan  the kegiatan results, at least one, not null
     * @param tugasTambahan  the step holding the tugas tambahan value, not null
     * @param kreativitas  the step holding the kreativitas value, not null
     * @param rounding  the rounding policy, whose stage sets whether kegiatan values are rounded first, not null
     * @return the result, not null
     * @throws IllegalArgumentException if there is no kegiatan
     */
    CapaianSkpResult calculate(List<KegiatanResult> kegiatan, CalculationStep tugasTambahan,
            CalculationStep kreativitas, RoundingPolicy rounding);
}
