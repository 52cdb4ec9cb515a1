package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Converts predikat kinerja into angka kredit for a jabatan fungsional, per PermenPANRB 1/2023 and Perban BKN
 * 3/2023.
 *
 * <p>A period of {@code bulan} months with a predikat earns
 * {@code bulan / 12 × percent(predikat) / 100 × koefisien}, with the percentages of
 * {@link PredikatPegawai#angkaKreditPercent()} (150, 100, 75, 50, 25); the periods are added up. A full year with
 * Sangat Baik as Ahli Pertama gives {@code 150 % × 12.5 = 18.75}.
 *
 * <p>The regulation's rounding was not available. The {@link RoundingPolicy} decides:
 * {@link RoundingStage#FINAL_ONLY} (the default of {@link RoundingPolicy#defaults()}) rounds only the total, so
 * that twelve one-month periods with one predikat give exactly the annual value; {@link RoundingStage#EACH_ITEM}
 * rounds each period before adding, as forms that print each period's angka kredit do. The two can differ in the
 * last decimal.
 *
 * <pre>{@code
 * AngkaKreditCalculator.standard()
 *         .calculate(JenjangJf.AHLI_PERTAMA, List.of(PeriodeAngkaKredit.of(2, PredikatPegawai.BAIK)))
 *         .total();   // 2.08
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AngkaKreditCalculator {

    private static final BigDecimal MONTHS_TIMES_PERCENT = BigDecimal.valueOf(1200);

    AngkaKreditCalculator() {}

    /** Returns the calculator with {@link RoundingPolicy#defaults()}: 2 decimals, half up, final only. */
    public static AngkaKreditCalculator standard() {
        return of(RoundingPolicy.defaults());
    }

    /**
     * Obtains a calculator.
     *
     * @param rounding  the rounding policy, not null
     * @return the calculator, not null
     */
    public static AngkaKreditCalculator of(RoundingPolicy rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return ImmutableAngkaKreditCalculator.of(rounding);
    }

    /** Returns the rounding policy. */
    @Value.Parameter
    public abstract RoundingPolicy rounding();

    /**
     * Calculates the angka kredit of a jenjang over periods.
     *
     * @param jenjang  the jenjang, whose koefisien is used, not null
     * @param periods  the periods, not null
     * @return the angka kredit with its explanation, not null
     */
    public HasilAngkaKredit calculate(JenjangJf jenjang, List<PeriodeAngkaKredit> periods) {
        Objects.requireNonNull(jenjang, "jenjang");
        return calculate(Optional.of(jenjang), jenjang.koefisien(), periods);
    }

    /**
     * Calculates the angka kredit for an explicit annual koefisien over periods.
     *
     * @param koefisien  the annual koefisien, zero or more, not null
     * @param periods  the periods, not null
     * @return the angka kredit with its explanation, not null
     * @throws IllegalArgumentException if the koefisien is negative
     */
    public HasilAngkaKredit calculate(BigDecimal koefisien, List<PeriodeAngkaKredit> periods) {
        Objects.requireNonNull(koefisien, "koefisien");
        if (koefisien.signum() < 0) {
            throw new IllegalArgumentException("koefisien must be zero or more, was " + koefisien.toPlainString());
        }
        return calculate(Optional.empty(), koefisien, periods);
    }

    private HasilAngkaKredit calculate(Optional<JenjangJf> jenjang, BigDecimal koefisien,
            List<PeriodeAngkaKredit> periods) {
        Objects.requireNonNull(periods, "periods");
        List<CalculationStep> steps = new ArrayList<>();
        List<BigDecimal> exactPerPeriod = new ArrayList<>();
        BigDecimal numeratorSum = BigDecimal.ZERO;
        BigDecimal roundedSum = BigDecimal.ZERO;
        int index = 0;
        for (PeriodeAngkaKredit period : periods) {
            index++;
            BigDecimal percent = period.predikat().angkaKreditPercent();
            BigDecimal numerator = BigDecimal.valueOf(period.bulan()).multiply(percent).multiply(koefisien);
            BigDecimal exact = numerator.divide(MONTHS_TIMES_PERCENT, MathContext.DECIMAL128);
            exactPerPeriod.add(exact);
            steps.add(CalculationStep.of("permen2022.angkaKredit.periode." + index, period.bulan() + " / 12 × "
                    + percent.toPlainString() + " % (" + period.predikat() + ") × " + koefisien.toPlainString(),
                    exact));
            numeratorSum = numeratorSum.add(numerator);
            if (rounding().stage() == RoundingStage.EACH_ITEM) {
                BigDecimal rounded = rounding().round(exact);
                steps.add(CalculationStep.of("permen2022.angkaKredit.periode." + index + ".dibulatkan",
                        roundFormula(exact), rounded));
                roundedSum = roundedSum.add(rounded);
            }
        }
        // One division of the summed numerators keeps the exact total free of repeated rounding of twelfths.
        BigDecimal exactTotal = numeratorSum.divide(MONTHS_TIMES_PERCENT, MathContext.DECIMAL128);
        steps.add(CalculationStep.of("permen2022.angkaKredit.total", "sum of " + periods.size() + " periods",
                exactTotal));
        BigDecimal total;
        if (rounding().stage() == RoundingStage.EACH_ITEM) {
            total = rounding().round(roundedSum);
            steps.add(CalculationStep.of("permen2022.angkaKredit.total.dibulatkan",
                    "sum of the rounded periods", total));
        } else {
            total = rounding().round(exactTotal);
            steps.add(CalculationStep.of("permen2022.angkaKredit.total.dibulatkan", roundFormula(exactTotal), total));
        }
        return ImmutableHasilAngkaKredit.builder()
                .jenjang(jenjang)
                .koefisien(koefisien)
                .rounding(rounding())
                .periods(periods)
                .exactPerPeriod(exactPerPeriod)
                .exactTotal(exactTotal)
                .total(total)
                .steps(steps)
                .build();
    }

    private String roundFormula(BigDecimal value) {
        return "round(" + value.toPlainString() + ", " + rounding().scale() + ", " + rounding().mode() + ")";
    }
}
