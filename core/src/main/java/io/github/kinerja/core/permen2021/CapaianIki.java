package io.github.kinerja.core.permen2021;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The capaian (achievement, in percent) of one IKI, with how it was obtained, as PermenPANRB 8/2021 defines it.
 *
 * <p>For a single-value target:
 * <ul>
 *   <li>higher is better: {@code capaian = realisasi / target × 100}, not capped, so 2 against 1 gives 200;
 *   <li>lower is better (kondisi khusus): {@code capaian = (1 + (1 - realisasi / target)) × 100}; a realisasi above
 *       twice the target gives a negative capaian, which {@link NilaiCapaianTable} scores as 0.
 * </ul>
 * For a range target the realisasi is compared with the upper end when it lies above the range and with the lower
 * end when it lies below (70 against 80-90 gives 70 / 80 = 87.5 %; 6.5 months against 7-8 with lower is better
 * gives about 107.14 %). Inside the range the capaian is 100 %; the regulation pages retrieved do not state
 * that case, so it is the library's reading ({@link CapaianBasis#WITHIN_RANGE}).
 *
 * <p>The percentage is exact (divisions keep 34 significant digits); nothing is rounded here.
 *
 * <pre>{@code
 * CapaianIki capaian = CapaianIki.of(IkiTarget.of(new BigDecimal("80"), "dokumen"), new BigDecimal("70"));
 * capaian.percent();   // 87.5
 * capaian.basis();     // RATIO
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CapaianIki {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    CapaianIki() {}

    /**
     * Computes the capaian of a realisasi against a numeric target.
     *
     * @param target  the target, numeric, not null
     * @param realisasi  the realisation, zero or more, in the target's satuan, not null
     * @return the capaian with its explanation, not null
     * @throws IllegalArgumentException if the target is qualitative (give the appraiser's capaian with
     *     {@link #assessed(BigDecimal)}) or the realisasi is negative
     */
    public static CapaianIki of(IkiTarget target, BigDecimal realisasi) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(realisasi, "realisasi");
        if (!target.isNumeric()) {
            throw new IllegalArgumentException("target \"" + target + "\" is qualitative and has no numeric capaian;"
                    + " give the appraiser's capaian with CapaianIki.assessed instead");
        }
        if (realisasi.signum() < 0) {
            throw new IllegalArgumentException("realisasi must be zero or more, was " + realisasi.toPlainString());
        }
        if (target.kind() == TargetKind.VALUE) {
            return against(target.value().orElseThrow(), realisasi, target.direction());
        }
        BigDecimal lower = target.lower().orElseThrow();
        BigDecimal upper = target.upper().orElseThrow();
        if (realisasi.compareTo(lower) < 0) {
            return against(lower, realisasi, target.direction());
        }
        if (realisasi.compareTo(upper) > 0) {
            return against(upper, realisasi, target.direction());
        }
        String formula = Decimals.plain(lower) + " <= " + Decimals.plain(realisasi) + " <= " + Decimals.plain(upper)
                + ": realisasi within the target range";
        return build(Decimals.HUNDRED, CapaianBasis.WITHIN_RANGE,
                CalculationStep.of("permen2021.capaian.dalamRentang", formula, Decimals.HUNDRED));
    }

    /**
     * Obtains the capaian of an IKI without realisasi: 0 %, as for an indicator that was not achieved at all.
     *
     * @return the capaian 0 with basis {@link CapaianBasis#NOT_REALISED}, not null
     */
    public static CapaianIki notRealised() {
        return build(BigDecimal.ZERO, CapaianBasis.NOT_REALISED, CalculationStep.of("permen2021.capaian.tanpaRealisasi",
                "no realisasi recorded: capaian 0", BigDecimal.ZERO));
    }

    /**
     * Obtains a capaian set by the appraiser, for a qualitative target or to override the computed value.
     *
     * @param percent  the capaian in percent, zero or more, not null
     * @return the capaian with basis {@link CapaianBasis#APPRAISER_ASSESSED}, not null
     * @throws IllegalArgumentException if the percentage is negative
     */
    public static CapaianIki assessed(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("percent must be zero or more, was " + percent.toPlainString());
        }
        return build(percent, CapaianBasis.APPRAISER_ASSESSED, CalculationStep.of("permen2021.capaian.penilai",
                "capaian set by the appraiser", percent));
    }

    /** Returns the exact capaian in percent; it may exceed 100 and, for kondisi khusus, be negative. */
    public abstract BigDecimal percent();

    /** Returns how the capaian was obtained. */
    public abstract CapaianBasis basis();

    /** Returns the steps that explain the capaian, in calculation order. */
    public abstract List<CalculationStep> steps();

    private static CapaianIki against(BigDecimal target, BigDecimal realisasi, TargetDirection direction) {
        boolean higherIsBetter = direction == TargetDirection.HIGHER_IS_BETTER;
        if (target.signum() == 0) {
            boolean met = higherIsBetter || realisasi.signum() == 0;
            BigDecimal percent = met ? Decimals.HUNDRED : BigDecimal.ZERO;
            String formula = "target 0 " + (met ? "met" : "missed") + " by realisasi " + Decimals.plain(realisasi);
            return build(percent, CapaianBasis.ZERO_TARGET,
                    CalculationStep.of("permen2021.capaian.targetNol", formula, percent));
        }
        BigDecimal ratio = Decimals.divide(realisasi, target);
        if (higherIsBetter) {
            BigDecimal percent = ratio.multiply(Decimals.HUNDRED);
            String formula = Decimals.plain(realisasi) + " / " + Decimals.plain(target) + " × 100";
            return build(percent, CapaianBasis.RATIO, CalculationStep.of("permen2021.capaian.rasio", formula, percent));
        }
        BigDecimal percent = TWO.subtract(ratio).multiply(Decimals.HUNDRED);
        String formula = "(1 + (1 - " + Decimals.plain(realisasi) + " / " + Decimals.plain(target) + ")) × 100";
        return build(percent, CapaianBasis.KONDISI_KHUSUS,
                CalculationStep.of("permen2021.capaian.kondisiKhusus", formula, percent));
    }

    private static CapaianIki build(BigDecimal percent, CapaianBasis basis, CalculationStep step) {
        return ImmutableCapaianIki.builder().percent(percent).basis(basis).addStep(step).build();
    }
}
