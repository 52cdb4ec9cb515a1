package io.github.kinerja.core.pp46.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Calculates the Nilai Prestasi Kerja from the Nilai Capaian SKP and the Nilai Perilaku Kerja.
 *
 * <p>The {@linkplain #standard() standard} calculator weighs the SKP 60 % and the perilaku 40 %, as PP 46/2011
 * does: SKP 92.24 and perilaku 81 give 55.344 + 32.4 = 87.744.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface PrestasiCalculator {

    /** Returns the calculator of PP 46/2011: 60 % SKP and 40 % perilaku. */
    static PrestasiCalculator standard() {
        return WeightedPrestasiCalculator.STANDARD;
    }

    /**
     * Obtains a calculator with other weights, for instansi rules that differ from PP 46/2011.
     *
     * @param skpWeight  the weight of the Nilai Capaian SKP, such as 0.6, from 0 to 1, not null
     * @param perilakuWeight  the weight of the Nilai Perilaku Kerja, from 0 to 1, not null
     * @return the calculator, not null
     * @throws IllegalArgumentException if a weight is outside 0 to 1 or the weights do not add up to exactly 1
     */
    static PrestasiCalculator weighted(BigDecimal skpWeight, BigDecimal perilakuWeight) {
        Objects.requireNonNull(skpWeight, "skpWeight");
        Objects.requireNonNull(perilakuWeight, "perilakuWeight");
        return new WeightedPrestasiCalculator(skpWeight, perilakuWeight);
    }

    /**
     * Calculates the Nilai Prestasi Kerja.
     *
     * @param capaianSkp  the Nilai Capaian SKP, not null
     * @param perilaku  the Nilai Perilaku Kerja, not null
     * @return the result, not null
     */
    PrestasiResult calculate(BigDecimal capaianSkp, BigDecimal perilaku);
}
