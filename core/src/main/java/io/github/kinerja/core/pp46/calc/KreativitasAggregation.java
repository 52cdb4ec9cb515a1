package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.Kreativitas;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How the values of several kreativitas items combine. No item adds 0 under either policy.
 */
public enum KreativitasAggregation implements KreativitasCalculator {
    /**
     * The value of the best item: benefits to the unit kerja and to the state give 12. This is the default, as in
     * the open-source PP 46 implementations found. No source found uses the sum.
     */
    MAX {
        @Override
        BigDecimal combine(List<BigDecimal> values) {
            return values.stream().reduce(BigDecimal::max).orElse(BigDecimal.ZERO);
        }

        @Override
        String formula(List<String> values) {
            return "max(" + String.join(", ", values) + ")";
        }
    },
    /** The sum of all items: benefits to the unit kerja and to the state give 15. */
    SUM {
        @Override
        BigDecimal combine(List<BigDecimal> values) {
            return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        @Override
        String formula(List<String> values) {
            return String.join(" + ", values);
        }
    };

    @Override
    public CalculationStep calculate(List<Kreativitas> kreativitas) {
        Objects.requireNonNull(kreativitas, "kreativitas");
        if (kreativitas.isEmpty()) {
            return CalculationStep.of(Pp46Steps.SKP_KREATIVITAS, "no kreativitas", BigDecimal.ZERO);
        }
        List<BigDecimal> values = kreativitas.stream()
                .map(item -> item.manfaat().value())
                .collect(Collectors.toList());
        List<String> texts = values.stream().map(Decimals::text).collect(Collectors.toList());
        return CalculationStep.of(Pp46Steps.SKP_KREATIVITAS, formula(texts), combine(values));
    }

    abstract BigDecimal combine(List<BigDecimal> values);

    abstract String formula(List<String> values);
}
