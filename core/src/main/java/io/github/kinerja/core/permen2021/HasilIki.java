package io.github.kinerja.core.permen2021;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/**
 * The scored IKI within a {@link HasilPenilaian}: the input, its capaian and its nilai.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class HasilIki {

    HasilIki() {}

    /** Returns the IKI as scored. */
    public abstract Iki iki();

    /** Returns the capaian. */
    public abstract CapaianIki capaian();

    /** Returns the nilai from the capaian table. */
    public abstract NilaiCapaianIki nilai();

    /** Returns the nilai that enters the rencana kinerja: rounded under {@code EACH_ITEM}, exact otherwise. */
    public abstract BigDecimal nilaiUsed();

    /** Returns the steps of the capaian and the nilai, in calculation order. */
    public List<CalculationStep> steps() {
        List<CalculationStep> steps = new ArrayList<>(capaian().steps());
        steps.addAll(nilai().steps());
        return Collections.unmodifiableList(steps);
    }
}
