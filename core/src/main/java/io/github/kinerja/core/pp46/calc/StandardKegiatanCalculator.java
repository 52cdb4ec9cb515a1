package io.github.kinerja.core.pp46.calc;

import static io.github.kinerja.core.pp46.calc.Decimals.text;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.AspekSkp;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The kegiatan formula of Perka BKN 1/2013; see {@link KegiatanCalculator}. */
final class StandardKegiatanCalculator implements KegiatanCalculator {

    static final StandardKegiatanCalculator INSTANCE = new StandardKegiatanCalculator();

    private StandardKegiatanCalculator() {}

    @Override
    public KegiatanResult calculate(Kegiatan kegiatan, AspekCalculator aspects) {
        Objects.requireNonNull(kegiatan, "kegiatan");
        Objects.requireNonNull(aspects, "aspects");
        Target target = kegiatan.target().orElseThrow(() -> new IllegalArgumentException(
                "kegiatan \"" + kegiatan.name() + "\" has no target, so it cannot be scored"));
        List<AspekResult> results = kegiatan.realisasi().isPresent()
                ? executed(kegiatan, target, kegiatan.realisasi().get(), aspects)
                : notExecuted(target);

        BigDecimal penghitungan = BigDecimal.ZERO;
        for (AspekResult result : results) {
            penghitungan = penghitungan.add(result.value());
        }
        penghitungan = Decimals.normalize(penghitungan);
        int divisor = results.size();
        BigDecimal value = Decimals.divide(penghitungan, BigDecimal.valueOf(divisor));

        KegiatanResult.Builder builder = KegiatanResult.builder()
                .name(kegiatan.name())
                .executed(kegiatan.isExecuted())
                .addAllAspects(results)
                .penghitungan(penghitungan)
                .divisor(divisor)
                .value(value);
        results.forEach(result -> builder.addAllSteps(result.steps()));
        String sum = results.stream().map(r -> text(r.value())).collect(Collectors.joining(" + "));
        return builder
                .addStep(CalculationStep.of(Pp46Steps.KEGIATAN_PENGHITUNGAN, sum, penghitungan))
                .addStep(CalculationStep.of(Pp46Steps.KEGIATAN_NILAI, text(penghitungan) + " / " + divisor, value))
                .build();
    }

    private static List<AspekResult> executed(Kegiatan kegiatan, Target target, Realisasi realisasi,
            AspekCalculator aspects) {
        List<AspekResult> results = new ArrayList<>(4);
        results.add(aspects.kuantitas(target.kuantitas(), realisasi.kuantitas()));
        results.add(aspects.kualitas(target.kualitas(), realisasi.kualitas()));
        results.add(aspects.waktu(target.waktu(), realisasi.waktu()));
        if (target.hasBiaya()) {
            BigDecimal spent = realisasi.biaya().orElseThrow(() -> new IllegalArgumentException(
                    "kegiatan \"" + kegiatan.name() + "\" has a biaya target but no realisasi biaya"));
            results.add(aspects.biaya(target.biaya().orElseThrow(), spent));
        }
        return results;
    }

    private static List<AspekResult> notExecuted(Target target) {
        List<AspekResult> results = new ArrayList<>(4);
        results.add(zero(AspekSkp.KUANTITAS, target.kuantitas()));
        results.add(zero(AspekSkp.KUALITAS, target.kualitas()));
        results.add(zero(AspekSkp.WAKTU, target.waktu()));
        if (target.hasBiaya()) {
            results.add(zero(AspekSkp.BIAYA, target.biaya().orElseThrow()));
        }
        return results;
    }

    private static AspekResult zero(AspekSkp aspek, BigDecimal target) {
        return AspekResult.builder()
                .aspek(aspek)
                .target(target)
                .value(BigDecimal.ZERO)
                .addStep(CalculationStep.of(Pp46Steps.capaian(aspek), "not executed", BigDecimal.ZERO))
                .build();
    }

    @Override
    public String toString() {
        return "KegiatanCalculator.standard()";
    }
}
