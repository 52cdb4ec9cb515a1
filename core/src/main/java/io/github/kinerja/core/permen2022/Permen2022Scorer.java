package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Sets the predikat kinerja pegawai under PermenPANRB 6/2022 from the appraiser's ratings.
 *
 * <ol>
 *   <li>Rating hasil kerja: the appraiser's, or for a unit leader the rating that the
 *       {@link UnitLeaderRatingPolicy} derives from the unit's predikat kinerja organisasi (SE MenPANRB 3/2023).
 *   <li>Rating perilaku kerja: the appraiser's.
 *   <li>Predikat: the cell of the {@link PredikatMatrix} for (hasil kerja, perilaku).
 * </ol>
 * If a {@link RatingSuggester} is configured, its proposal is added to the result for the appraiser to compare;
 * it never replaces the appraiser's rating.
 *
 * <pre>{@code
 * HasilPenilaianPegawai hasil = Permen2022Scorer.standard().score(penilaian);
 * hasil.predikat();   // for example BAIK
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Permen2022Scorer {

    /** The identifier of this rule set in results and in the rule-set registry. */
    public static final String RULE_SET_ID = "permenpanrb-6-2022";

    Permen2022Scorer() {}

    /** Returns the scorer with the standard matrix, the standard leader mapping and no suggester. */
    public static Permen2022Scorer standard() {
        return ImmutablePermen2022Scorer.builder()
                .matrix(PredikatMatrix.standard())
                .leaderPolicy(UnitLeaderRatingPolicy.standard())
                .build();
    }

    /** Returns the matrix. */
    public abstract PredikatMatrix matrix();

    /** Returns the mapping from a unit's predikat to its leader's rating hasil kerja. */
    public abstract UnitLeaderRatingPolicy leaderPolicy();

    /** Returns the suggester whose proposals are added to results, if any. */
    public abstract Optional<RatingSuggester> suggester();

    /**
     * Returns a copy of this scorer with another matrix.
     *
     * @param matrix  the matrix, not null
     * @return the scorer, not null
     */
    public abstract Permen2022Scorer withMatrix(PredikatMatrix matrix);

    /**
     * Returns a copy of this scorer with another leader mapping.
     *
     * @param leaderPolicy  the mapping, not null
     * @return the scorer, not null
     */
    public abstract Permen2022Scorer withLeaderPolicy(UnitLeaderRatingPolicy leaderPolicy);

    /**
     * Returns a copy of this scorer that adds the proposals of a suggester to its results.
     *
     * @param suggester  the suggester, not null
     * @return the scorer, not null
     */
    public abstract Permen2022Scorer withSuggester(RatingSuggester suggester);

    /**
     * Sets the predikat of one employee for one period.
     *
     * @param penilaian  the SKP, its evaluation and the led unit's predikat if any, not null
     * @return the result with its explanation, not null
     * @throws IllegalArgumentException if a rating the calculation needs is not set: the rating perilaku, or the
     *     rating hasil kerja of an employee who leads no unit; {@link Permen2022Validator} reports these as findings
     */
    public HasilPenilaianPegawai score(PenilaianPegawai penilaian) {
        Objects.requireNonNull(penilaian, "penilaian");
        Evaluasi evaluasi = penilaian.evaluasi();
        String where = "SKP " + penilaian.skp().id() + ", period " + evaluasi.periode();
        List<CalculationStep> steps = new ArrayList<>();

        Rating hasilKerja;
        RatingSource source;
        if (penilaian.predikatUnitDipimpin().isPresent()) {
            PredikatOrganisasi predikatUnit = penilaian.predikatUnitDipimpin().orElseThrow();
            hasilKerja = leaderPolicy().ratingHasilKerja(predikatUnit);
            source = RatingSource.UNIT_PREDIKAT;
            steps.add(CalculationStep.of("permen2022.rating.hasilKerja.pimpinan", "unit leader: predikat organisasi "
                    + predikatUnit + " -> rating hasil kerja " + hasilKerja + " (" + leaderPolicy() + ")",
                    BigDecimal.valueOf(hasilKerja.rank())));
        } else {
            hasilKerja = evaluasi.ratingHasilKerja().orElseThrow(() -> new IllegalArgumentException(
                    "rating hasil kerja is not set for " + where + "; the appraiser must set it before scoring"));
            source = RatingSource.APPRAISER;
            steps.add(CalculationStep.of("permen2022.rating.hasilKerja", "set by the appraiser: " + hasilKerja,
                    BigDecimal.valueOf(hasilKerja.rank())));
        }
        Rating perilaku = evaluasi.ratingPerilaku().orElseThrow(() -> new IllegalArgumentException(
                "rating perilaku kerja is not set for " + where + "; the appraiser must set it before scoring"));
        steps.add(CalculationStep.of("permen2022.rating.perilaku", "set by the appraiser: " + perilaku,
                BigDecimal.valueOf(perilaku.rank())));
        steps.add(matrix().explain(hasilKerja, perilaku));

        Optional<RatingSuggestion> suggestion = suggester().flatMap(s -> s.suggest(penilaian.skp(), evaluasi));
        return ImmutableHasilPenilaianPegawai.builder()
                .ruleSetId(RULE_SET_ID)
                .input(penilaian)
                .ratingHasilKerja(hasilKerja)
                .ratingHasilKerjaSource(source)
                .ratingPerilaku(perilaku)
                .matrixCell(PredikatMatrix.cellNumber(hasilKerja, perilaku))
                .predikat(matrix().predikat(hasilKerja, perilaku))
                .suggestion(suggestion)
                .steps(steps)
                .build();
    }
}
