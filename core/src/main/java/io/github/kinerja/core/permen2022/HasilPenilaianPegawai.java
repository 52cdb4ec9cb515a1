package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.CalculationStep;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a PermenPANRB 6/2022 appraisal of one employee for one period, with its explanation: the input,
 * the rule set, the two ratings and where the rating hasil kerja came from, the matrix cell and the predikat.
 *
 * <p>A {@link #suggestion() suggestion} from a {@link RatingSuggester}, if one was configured, is shown next to the
 * appraiser's rating and has no effect on the predikat.
 *
 * <p>Obtained from {@link Permen2022Scorer#score(PenilaianPegawai)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class HasilPenilaianPegawai {

    HasilPenilaianPegawai() {}

    /** Returns the identifier of the rule set that produced the result, {@value Permen2022Scorer#RULE_SET_ID}. */
    public abstract String ruleSetId();

    /** Returns the input. */
    public abstract PenilaianPegawai input();

    /** Returns the evaluation period, a shortcut for {@code input().evaluasi().periode()}. */
    public PeriodeEvaluasi periode() {
        return input().evaluasi().periode();
    }

    /** Returns the rating hasil kerja used. */
    public abstract Rating ratingHasilKerja();

    /** Returns where the rating hasil kerja came from. */
    public abstract RatingSource ratingHasilKerjaSource();

    /** Returns the rating perilaku kerja used. */
    public abstract Rating ratingPerilaku();

    /** Returns the number of the matrix cell, 1 to 9 (see {@link PredikatMatrix}). */
    public abstract int matrixCell();

    /** Returns the predikat kinerja pegawai. */
    public abstract PredikatPegawai predikat();

    /** Returns the suggested rating hasil kerja, if a suggester was configured and had data. */
    public abstract Optional<RatingSuggestion> suggestion();

    /** Returns the steps that explain the predikat, in order. */
    public abstract List<CalculationStep> steps();
}
