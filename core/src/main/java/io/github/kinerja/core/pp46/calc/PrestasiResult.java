package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Nilai Prestasi Kerja before presentation rounding: the weighted SKP part, the weighted perilaku part and their
 * sum, with the steps that explain them. Forms print both parts ("Nilai SKP × 60 %", "Nilai Perilaku × 40 %").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PrestasiResult {

    PrestasiResult() {}

    /** Returns a new builder, for implementations of {@link PrestasiCalculator}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the weighted SKP part, such as 60 % of the Nilai Capaian SKP. */
    public abstract BigDecimal skpPart();

    /** Returns the weighted perilaku part, such as 40 % of the Nilai Perilaku Kerja. */
    public abstract BigDecimal perilakuPart();

    /** Returns the exact Nilai Prestasi Kerja: the sum of both parts. */
    public abstract BigDecimal value();

    /** Returns the steps of the calculation, in order. */
    public abstract List<CalculationStep> steps();

    /** Builder of prestasi results. */
    public static final class Builder extends ImmutablePrestasiResult.Builder {
        Builder() {}
    }
}
