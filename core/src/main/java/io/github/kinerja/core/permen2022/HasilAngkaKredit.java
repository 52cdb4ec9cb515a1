package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The angka kredit earned over one or more periods, with the koefisien, the value of each period and each
 * rounding step.
 *
 * <p>Obtained from {@link AngkaKreditCalculator}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class HasilAngkaKredit {

    HasilAngkaKredit() {}

    /** Returns the jenjang, if the koefisien came from one. */
    public abstract Optional<JenjangJf> jenjang();

    /** Returns the annual koefisien used. */
    public abstract BigDecimal koefisien();

    /** Returns the rounding policy applied. */
    public abstract RoundingPolicy rounding();

    /** Returns the periods, in input order. */
    public abstract List<PeriodeAngkaKredit> periods();

    /** Returns the exact angka kredit of each period, in input order. */
    public abstract List<BigDecimal> exactPerPeriod();

    /** Returns the exact total, before any rounding. */
    public abstract BigDecimal exactTotal();

    /** Returns the total under the rounding policy: the sum of rounded periods or the rounded sum. */
    public abstract BigDecimal total();

    /** Returns the steps that explain the total, in calculation order. */
    public abstract List<CalculationStep> steps();
}
