package io.github.kinerja.core.permen2021;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The scored rencana kinerja within a {@link HasilPenilaian}: the nilai of its IKI, its own nilai and its nilai
 * tertimbang (weighted nilai).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class HasilRencanaKinerja {

    HasilRencanaKinerja() {}

    /** Returns the rencana kinerja as scored. */
    public abstract RencanaKinerja rencanaKinerja();

    /** Returns the scored IKI, in input order. */
    public abstract List<HasilIki> iki();

    /** Returns the nilai of the rencana kinerja: the weighted mean of its IKI nilai, 0 without IKI. */
    public abstract BigDecimal nilai();

    /** Returns the share of the nilai that counts, as a fraction (0.5 for half). */
    public abstract BigDecimal weight();

    /** Returns the nilai tertimbang, {@code nilai × weight}, rounded under {@code EACH_ITEM}. */
    public abstract BigDecimal nilaiTertimbang();

    /** Returns the steps for the nilai and the nilai tertimbang, in calculation order (the IKI have their own). */
    public abstract List<CalculationStep> steps();
}
