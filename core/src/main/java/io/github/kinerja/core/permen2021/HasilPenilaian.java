package io.github.kinerja.core.permen2021;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of a PermenPANRB 8/2021 appraisal, with everything needed to check it by hand: the input, the rule
 * set and policies used, every IKI capaian and nilai, the nilai tertimbang, the nilai SKP, the nilai akhir and the
 * predikat.
 *
 * <p>Obtained from {@link Permen2021Scorer#score(PenilaianKinerja)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class HasilPenilaian {

    HasilPenilaian() {}

    /** Returns the identifier of the rule set that produced the result, {@value Permen2021Scorer#RULE_SET_ID}. */
    public abstract String ruleSetId();

    /** Returns the input. */
    public abstract PenilaianKinerja input();

    /** Returns the gap policy of the capaian table that was used. */
    public abstract CapaianGapPolicy gapPolicy();

    /** Returns the rounding policy that was used. */
    public abstract RoundingPolicy rounding();

    /** Returns the scored rencana kinerja, in input order. */
    public abstract List<HasilRencanaKinerja> rencanaKinerja();

    /** Returns the sum of the nilai tertimbang of the kinerja utama. */
    public abstract BigDecimal nilaiUtama();

    /** Returns the sum of the nilai tertimbang of the kinerja tambahan. */
    public abstract BigDecimal nilaiTambahan();

    /** Returns the exact nilai SKP, {@code nilaiUtama + nilaiTambahan}. */
    public abstract BigDecimal nilaiSkp();

    /** Returns the nilai SKP rounded for display. */
    public abstract BigDecimal nilaiSkpRounded();

    /** Returns the nilai akhir and the predikat. */
    public abstract NilaiAkhir nilaiAkhir();

    /** Returns the predikat, a shortcut for {@code nilaiAkhir().predikat()}. */
    public PredikatPp30 predikat() {
        return nilaiAkhir().predikat();
    }

    /** Returns the steps of the nilai SKP itself (sums), in calculation order. */
    public abstract List<CalculationStep> steps();

    /**
     * Returns every step of the calculation in order: each IKI, each rencana kinerja, the nilai SKP and the nilai
     * akhir.
     *
     * @return the steps, not null
     */
    public List<CalculationStep> explanation() {
        List<CalculationStep> all = new ArrayList<>();
        for (HasilRencanaKinerja rencana : rencanaKinerja()) {
            for (HasilIki iki : rencana.iki()) {
                all.addAll(iki.steps());
            }
            all.addAll(rencana.steps());
        }
        all.addAll(steps());
        all.addAll(nilaiAkhir().steps());
        return Collections.unmodifiableList(all);
    }
}
