package io.github.kinerja.core.pp46.calc;

import static io.github.kinerja.core.pp46.calc.Decimals.HUNDRED;
import static io.github.kinerja.core.pp46.calc.Decimals.text;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.AspekSkp;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/** The aspect formulas of Perka BKN 1/2013; see {@link AspekCalculator}. */
final class StandardAspekCalculator implements AspekCalculator {

    static final StandardAspekCalculator INSTANCE = new StandardAspekCalculator();

    private static final BigDecimal BASE = BigDecimal.valueOf(76);
    private static final BigDecimal FOLD = BigDecimal.valueOf(176);

    private StandardAspekCalculator() {}

    @Override
    public AspekResult kuantitas(BigDecimal target, BigDecimal realisasi) {
        return ratio(AspekSkp.KUANTITAS, target, realisasi);
    }

    @Override
    public AspekResult kualitas(BigDecimal target, BigDecimal realisasi) {
        return ratio(AspekSkp.KUALITAS, target, realisasi);
    }

    @Override
    public AspekResult waktu(BigDecimal target, BigDecimal realisasi) {
        return efficiency(AspekSkp.WAKTU, target, realisasi);
    }

    @Override
    public AspekResult biaya(BigDecimal target, BigDecimal realisasi) {
        return efficiency(AspekSkp.BIAYA, target, realisasi);
    }

    private static AspekResult ratio(AspekSkp aspek, BigDecimal target, BigDecimal realisasi) {
        checkArguments(aspek, target, realisasi);
        BigDecimal value = Decimals.divide(realisasi.multiply(HUNDRED), target);
        return AspekResult.builder()
                .aspek(aspek)
                .target(target)
                .realisasi(realisasi)
                .value(value)
                .addStep(CalculationStep.of(Pp46Steps.capaian(aspek),
                        text(realisasi) + " / " + text(target) + " × 100", value))
                .build();
    }

    private static AspekResult efficiency(AspekSkp aspek, BigDecimal target, BigDecimal realisasi) {
        checkArguments(aspek, target, realisasi);
        // Only R / T × 100 needs a division. Efisiensi and X = (1.76 × T - R) / T × 100 = 176 - R / T × 100 follow
        // from it by exact subtraction.
        BigDecimal usedPercent = Decimals.divide(realisasi.multiply(HUNDRED), target);
        BigDecimal efisiensi = Decimals.normalize(HUNDRED.subtract(usedPercent));
        BigDecimal x = FOLD.subtract(usedPercent);
        // efisiensi <= 24 exactly when 100 × R >= 76 × T: compared without any division or rounding.
        boolean upTo24 = realisasi.multiply(HUNDRED).compareTo(target.multiply(BASE)) >= 0;
        String t = text(target);
        String r = text(realisasi);
        String xFormula = "(1.76 × " + t + " - " + r + ") / " + t + " × 100";
        BigDecimal value;
        String formula;
        if (upTo24) {
            value = x;
            formula = xFormula;
        } else {
            value = BASE.subtract(x.subtract(HUNDRED));
            formula = "76 - (" + xFormula + " - 100)";
        }
        return AspekResult.builder()
                .aspek(aspek)
                .target(target)
                .realisasi(realisasi)
                .efisiensi(efisiensi)
                .branch(upTo24 ? EfficiencyBranch.UP_TO_24_PERCENT : EfficiencyBranch.ABOVE_24_PERCENT)
                .value(Decimals.normalize(value))
                .addStep(CalculationStep.of(Pp46Steps.efisiensi(aspek), "100 - " + r + " / " + t + " × 100",
                        efisiensi))
                .addStep(CalculationStep.of(Pp46Steps.capaian(aspek), formula, Decimals.normalize(value)))
                .build();
    }

    private static void checkArguments(AspekSkp aspek, BigDecimal target, BigDecimal realisasi) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(realisasi, "realisasi");
        String name = aspek.name().toLowerCase(Locale.ROOT);
        if (target.signum() <= 0) {
            throw new IllegalArgumentException(name + " target must be greater than 0, was " + text(target));
        }
        if (realisasi.signum() < 0) {
            throw new IllegalArgumentException(name + " realisasi must not be negative, was " + text(realisasi));
        }
    }

    @Override
    public String toString() {
        return "AspekCalculator.standard()";
    }
}
