package io.github.kinerja.core.permen2021;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The nilai (score, 0 to 120) of one IKI capaian, with its kategori and the steps that explain it.
 *
 * <p>Obtained from {@link NilaiCapaianTable#nilai(CapaianIki, boolean)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class NilaiCapaianIki {

    NilaiCapaianIki() {}

    /** Returns the capaian as given, in percent. */
    public abstract BigDecimal capaian();

    /**
     * Returns the capaian the table was applied to: the given one, or the whole percentage under
     * {@link CapaianGapPolicy#ROUND_CAPAIAN_TO_INTEGER}, and 0 for a negative capaian.
     */
    public abstract BigDecimal capaianUsed();

    /** Returns the kategori capaian IKI. */
    public abstract KategoriCapaianIki kategori();

    /** Returns the exact nilai, from 0 to 120. */
    public abstract BigDecimal nilai();

    /** Returns the steps that explain the nilai, in calculation order. */
    public abstract List<CalculationStep> steps();
}
