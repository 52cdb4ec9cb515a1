package io.github.kinerja.core.permen2021;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The nilai akhir of PP 30/2019: nilai SKP and nilai perilaku kerja weighted by the {@link PrestasiWeights}, and
 * the predikat.
 *
 * <p>Obtained from {@link Permen2021Scorer#nilaiAkhir(BigDecimal, BigDecimal, PrestasiWeights, boolean)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class NilaiAkhir {

    NilaiAkhir() {}

    /** Returns the nilai SKP the calculation started from. */
    public abstract BigDecimal nilaiSkp();

    /** Returns the nilai perilaku kerja the calculation started from. */
    public abstract BigDecimal nilaiPerilaku();

    /** Returns the weights applied. */
    public abstract PrestasiWeights weights();

    /** Returns whether the innovation required for Sangat Baik was present. */
    public abstract boolean inovasi();

    /** Returns the exact nilai akhir; the predikat is taken from this value. */
    public abstract BigDecimal nilai();

    /** Returns the nilai akhir rounded by the scorer's rounding policy, for display. */
    public abstract BigDecimal nilaiRounded();

    /** Returns the predikat. */
    public abstract PredikatPp30 predikat();

    /** Returns the steps that explain the nilai akhir and the predikat, in calculation order. */
    public abstract List<CalculationStep> steps();
}
