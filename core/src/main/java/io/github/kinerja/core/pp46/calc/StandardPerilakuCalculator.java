package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.PerilakuKerja;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;

/** The mean of the perilaku scores; see {@link PerilakuCalculator}. */
final class StandardPerilakuCalculator implements PerilakuCalculator {

    static final StandardPerilakuCalculator INSTANCE = new StandardPerilakuCalculator();

    private StandardPerilakuCalculator() {}

    @Override
    public PerilakuResult calculate(PerilakuKerja perilaku) {
        Objects.requireNonNull(perilaku, "perilaku");
        int count = perilaku.scores().size();
        if (count == 0) {
            throw new IllegalArgumentException("perilaku must rate at least one aspect, was empty");
        }
        BigDecimal sum = perilaku.scores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = Decimals.divide(sum, BigDecimal.valueOf(count));
        String terms = perilaku.scores().values().stream().map(Decimals::text).collect(Collectors.joining(" + "));
        return PerilakuResult.builder()
                .putAllScores(perilaku.scores())
                .value(mean)
                .addStep(CalculationStep.of(Pp46Steps.PERILAKU_MEAN, "(" + terms + ") / " + count, mean))
                .build();
    }

    @Override
    public String toString() {
        return "PerilakuCalculator.standard()";
    }
}
