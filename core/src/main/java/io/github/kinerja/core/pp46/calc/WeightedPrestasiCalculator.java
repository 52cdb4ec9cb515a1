package io.github.kinerja.core.pp46.calc;

import static io.github.kinerja.core.pp46.calc.Decimals.text;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.Nullable;

/** A weighted sum of SKP and perilaku; see {@link PrestasiCalculator}. */
final class WeightedPrestasiCalculator implements PrestasiCalculator {

    static final WeightedPrestasiCalculator STANDARD =
            new WeightedPrestasiCalculator(new BigDecimal("0.6"), new BigDecimal("0.4"));

    private final BigDecimal skpWeight;
    private final BigDecimal perilakuWeight;

    WeightedPrestasiCalculator(BigDecimal skpWeight, BigDecimal perilakuWeight) {
        checkWeight("skpWeight", skpWeight);
        checkWeight("perilakuWeight", perilakuWeight);
        if (skpWeight.add(perilakuWeight).compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("weights must add up to 1, was " + text(skpWeight) + " + "
                    + text(perilakuWeight));
        }
        // Normalized, so that equals and hashCode treat 0.6 and 0.60 alike.
        this.skpWeight = Decimals.normalize(skpWeight);
        this.perilakuWeight = Decimals.normalize(perilakuWeight);
    }

    @Override
    public PrestasiResult calculate(BigDecimal capaianSkp, BigDecimal perilaku) {
        Objects.requireNonNull(capaianSkp, "capaianSkp");
        Objects.requireNonNull(perilaku, "perilaku");
        BigDecimal skpPart = Decimals.normalize(capaianSkp.multiply(skpWeight));
        BigDecimal perilakuPart = Decimals.normalize(perilaku.multiply(perilakuWeight));
        BigDecimal total = Decimals.normalize(skpPart.add(perilakuPart));
        return PrestasiResult.builder()
                .skpPart(skpPart)
                .perilakuPart(perilakuPart)
                .value(total)
                .addStep(CalculationStep.of(Pp46Steps.PRESTASI_SKP,
                        text(capaianSkp) + " × " + text(skpWeight), skpPart))
                .addStep(CalculationStep.of(Pp46Steps.PRESTASI_PERILAKU,
                        text(perilaku) + " × " + text(perilakuWeight), perilakuPart))
                .addStep(CalculationStep.of(Pp46Steps.PRESTASI_NILAI,
                        text(skpPart) + " + " + text(perilakuPart), total))
                .build();
    }

    private static void checkWeight(String name, BigDecimal weight) {
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + text(weight));
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WeightedPrestasiCalculator that
                && skpWeight.equals(that.skpWeight)
                && perilakuWeight.equals(that.perilakuWeight);
    }

    @Override
    public int hashCode() {
        return Objects.hash(skpWeight, perilakuWeight);
    }

    @Override
    public String toString() {
        return "PrestasiCalculator.weighted(" + text(skpWeight) + ", " + text(perilakuWeight) + ")";
    }
}
