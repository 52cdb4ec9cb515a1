package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Nilai Capaian SKP before presentation rounding: the mean of the kegiatan values plus the tugas tambahan and
 * kreativitas values, with the steps that explain it.
 *
 * <p>No upper cap applies: kuantitas above target and the additions can push the value above 100.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CapaianSkpResult {

    CapaianSkpResult() {}

    /** Returns a new builder, for implementations of {@link CapaianSkpCalculator}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the mean of the kegiatan values, each rounded first under {@code RoundingStage.EACH_ITEM}. */
    public abstract BigDecimal kegiatanMean();

    /** Returns the value of the tugas tambahan: 0, 1, 2 or 3 by default. */
    public abstract BigDecimal tugasTambahan();

    /** Returns the value of the kreativitas: 0, 3, 6 or 12 by default. */
    public abstract BigDecimal kreativitas();

    /** Returns the exact Nilai Capaian SKP: kegiatan mean plus tugas tambahan plus kreativitas. */
    public abstract BigDecimal value();

    /** Returns the steps of the calculation, in order. */
    public abstract List<CalculationStep> steps();

    /** Builder of Nilai Capaian SKP results. */
    public static final class Builder extends ImmutableCapaianSkpResult.Builder {
        Builder() {}
    }
}
