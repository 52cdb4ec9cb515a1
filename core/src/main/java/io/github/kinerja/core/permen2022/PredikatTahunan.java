package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.CalculationStep;
import java.util.List;
import org.immutables.value.Value;

/**
 * The annual predikat of an employee, the {@link AnnualPredikatPolicy} that chose it and the evaluation it came
 * from.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PredikatTahunan {

    PredikatTahunan() {}

    /**
     * Returns a new builder, for readers that restore a stored annual predikat; {@link AnnualPredikatPolicy#annual}
     * is the way to choose one.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the annual predikat. */
    public abstract PredikatPegawai predikat();

    /** Returns the policy that chose it. */
    public abstract AnnualPredikatPolicy policy();

    /** Returns the period of the evaluation the predikat was taken from. */
    public abstract PeriodeEvaluasi source();

    /** Returns the steps that explain the choice. */
    public abstract List<CalculationStep> steps();

    /** Builder of annual predikat values. */
    public static final class Builder extends ImmutablePredikatTahunan.Builder {
        Builder() {}
    }
}
