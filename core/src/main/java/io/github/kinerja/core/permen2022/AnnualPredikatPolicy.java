package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule that picks the annual predikat of an employee from the year's evaluation results.
 *
 * <p>No regulation text retrieved gives a formula from periodic to annual predikat: the annual evaluation is a
 * separate act of the appraiser, with the organisation's annual result and the year's documentation in view. So
 * the default, {@link #APPRAISER_INPUT}, takes the annual evaluation's own result, and no average is offered.
 */
public enum AnnualPredikatPolicy {
    /**
     * The predikat of the annual ({@link JenisPeriode#TAHUNAN}) evaluation, in which the appraiser rates the year;
     * the latest one if there are several. The default.
     */
    APPRAISER_INPUT,
    /** The predikat of the periodic evaluation that ends last (December, or the fourth quarter), as some HR
     * systems do. */
    LAST_PERIOD;

    /** Returns the default policy, {@link #APPRAISER_INPUT}. */
    public static AnnualPredikatPolicy defaultPolicy() {
        return APPRAISER_INPUT;
    }

    /**
     * Returns the annual predikat from the year's results.
     *
     * @param results  the results of the employee's evaluations, periodic and annual, in any order, not null
     * @return the annual predikat, or empty if no result fits the policy, not null
     */
    public Optional<PredikatTahunan> annual(Iterable<HasilPenilaianPegawai> results) {
        Objects.requireNonNull(results, "results");
        HasilPenilaianPegawai chosen = null;
        Comparator<HasilPenilaianPegawai> byEnd = Comparator.comparing(h -> h.periode().range().end());
        for (HasilPenilaianPegawai result : results) {
            boolean fits = this == APPRAISER_INPUT ? !result.periode().isPeriodic() : result.periode().isPeriodic();
            if (fits && (chosen == null || byEnd.compare(result, chosen) > 0)) {
                chosen = result;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        String formula = (this == APPRAISER_INPUT ? "annual evaluation " : "last periodic evaluation ")
                + chosen.periode() + ": " + chosen.predikat();
        return Optional.of(ImmutablePredikatTahunan.builder()
                .predikat(chosen.predikat())
                .policy(this)
                .source(chosen.periode())
                .addStep(CalculationStep.of("permen2022.predikatTahunan." + name(), formula,
                        BigDecimal.valueOf(chosen.predikat().rank())))
                .build());
    }
}
