package io.github.kinerja.core.pp46.calc;

import static io.github.kinerja.core.pp46.calc.Decimals.text;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The mean of kegiatan values plus additions; see {@link CapaianSkpCalculator}. */
final class StandardCapaianSkpCalculator implements CapaianSkpCalculator {

    static final StandardCapaianSkpCalculator INSTANCE = new StandardCapaianSkpCalculator();

    private StandardCapaianSkpCalculator() {}

    @Override
    public CapaianSkpResult calculate(List<KegiatanResult> kegiatan, CalculationStep tugasTambahan,
            CalculationStep kreativitas, RoundingPolicy rounding) {
        Objects.requireNonNull(kegiatan, "kegiatan");
        Objects.requireNonNull(tugasTambahan, "tugasTambahan");
        Objects.requireNonNull(kreativitas, "kreativitas");
        Objects.requireNonNull(rounding, "rounding");
        if (kegiatan.isEmpty()) {
            throw new IllegalArgumentException("kegiatan must not be empty: the Nilai Capaian SKP is their mean");
        }
        CapaianSkpResult.Builder builder = CapaianSkpResult.builder();
        List<BigDecimal> values = new ArrayList<>(kegiatan.size());
        for (KegiatanResult result : kegiatan) {
            BigDecimal value = rounding.roundItem(result.value());
            if (rounding.stage() == RoundingStage.EACH_ITEM) {
                builder.addStep(CalculationStep.of(Pp46Steps.KEGIATAN_ROUNDED,
                        "round(" + text(result.value()) + ", " + rounding.scale() + ", " + rounding.mode() + ")",
                        value));
            }
            values.add(value);
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = Decimals.divide(sum, BigDecimal.valueOf(values.size()));
        String terms = values.stream().map(Decimals::text).collect(Collectors.joining(" + "));
        BigDecimal total = Decimals.normalize(mean.add(tugasTambahan.value()).add(kreativitas.value()));
        return builder
                .addStep(CalculationStep.of(Pp46Steps.SKP_MEAN, "(" + terms + ") / " + values.size(), mean))
                .addStep(tugasTambahan)
                .addStep(kreativitas)
                .addStep(CalculationStep.of(Pp46Steps.SKP_CAPAIAN, text(mean) + " + " + text(tugasTambahan.value())
                        + " + " + text(kreativitas.value()), total))
                .kegiatanMean(mean)
                .tugasTambahan(tugasTambahan.value())
                .kreativitas(kreativitas.value())
                .value(total)
                .build();
    }

    @Override
    public String toString() {
        return "CapaianSkpCalculator.standard()";
    }
}
