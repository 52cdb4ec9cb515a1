package io.github.kinerja.core.ckp;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.report.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recomputed CKP of a CKP-R form, with the steps that explain it and the values the form itself shows.
 *
 * <p>All values are exact: divisions use {@link java.math.MathContext#DECIMAL128} and nothing is rounded. Round for
 * display with a {@link io.github.kinerja.core.RoundingPolicy}. The {@link #report() report} lists kegiatan that
 * could not be scored and every difference between a recomputed value and the form's own value.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CkpResult {

    CkpResult() {}

    /** Returns a new builder, for calculator implementations. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the form that was scored. */
    public abstract CkpForm form();

    /** Returns whether the capaian of each kegiatan was capped at 100. */
    public abstract CapaianCap capaianCap();

    /** Returns the result of each kegiatan, in form order. */
    public abstract List<CkpKegiatanResult> kegiatan();

    /** Returns the RATA-RATA (mean) of the recomputed capaian, empty when no kegiatan has one. */
    public abstract Optional<BigDecimal> rataRataCapaian();

    /** Returns the RATA-RATA (mean) of the tingkat kualitas, empty when no kegiatan has one. */
    public abstract Optional<BigDecimal> rataRataKualitas();

    /**
     * Returns the recomputed CKP: the mean of the two RATA-RATA, or the one RATA-RATA that exists when the other
     * column is empty throughout; empty when neither exists.
     */
    public abstract Optional<BigDecimal> ckp();

    /** Returns the CKP as the form itself shows it, for comparison with {@link #ckp()}. */
    public Optional<FormValue> shownCkp() {
        return form().shownCkp();
    }

    /** Returns the steps of the calculation, in order. */
    public abstract List<CalculationStep> steps();

    /** Returns the problems found and the differences from the form's own values. */
    public abstract Report report();

    /** Builder of results, for calculator implementations. */
    public static final class Builder extends ImmutableCkpResult.Builder {
        Builder() {}
    }
}
