package io.github.kinerja.json;

import static io.github.kinerja.json.CoreGens.decimals;
import static io.github.kinerja.json.CoreGens.list;
import static io.github.kinerja.json.CoreGens.optional;
import static io.github.kinerja.json.CoreGens.text;

import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.ManfaatKreativitas;
import io.github.kinerja.core.pp46.PerilakuKerja;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.TugasTambahan;
import io.github.kinerja.core.pp46.calc.BandBoundaryPolicy;
import io.github.kinerja.core.pp46.calc.KreativitasAggregation;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Generators of scorable PP 46/2011 SKPs and of their results. */
final class Pp46ResultGens {

    private Pp46ResultGens() {}

    /** SKPs that pass validation, with at least one kegiatan, so that the scorer accepts them. */
    static Gen<SkpPp46> scorableSkp() {
        return random -> SkpPp46.builder()
                .pegawai(CoreGens.person().generate(random))
                .period(CoreGens.period().generate(random))
                .kegiatan(Gens.lists(scorableKegiatan(), 1, 4).generate(random))
                .tugasTambahan(list(text(20).map(TugasTambahan::of), 8).generate(random))
                .kreativitas(list(random2 -> Kreativitas.of(text(20).generate(random2),
                        Gens.oneOf(ManfaatKreativitas.values()).generate(random2)), 2).generate(random))
                .perilaku(optional(random2 -> {
                    Set<AspekPerilaku> aspects = random2.nextBoolean() ? AspekPerilaku.struktural()
                            : AspekPerilaku.nonStruktural();
                    Map<AspekPerilaku, BigDecimal> scores = new EnumMap<>(AspekPerilaku.class);
                    aspects.forEach(aspek -> scores.put(aspek, decimals("100").generate(random2)));
                    return PerilakuKerja.of(scores);
                }).generate(random))
                .build();
    }

    static Gen<Pp46Result> result() {
        return random -> Pp46Scorer.defaults()
                .withRoundingPolicy(CoreGens.rounding().generate(random))
                .withKategoriClassifier(Gens.oneOf(BandBoundaryPolicy.values()).generate(random))
                .withKreativitasCalculator(Gens.oneOf(KreativitasAggregation.values()).generate(random))
                .score(scorableSkp().generate(random));
    }

    private static Gen<Kegiatan> scorableKegiatan() {
        return random -> {
            Optional<BigDecimal> biaya = optional(Gens.decimals("1", "1000000000", 0)).generate(random);
            Target target = Target.builder()
                    .kuantitas(Gens.decimals("1", "100", random.nextInt(3)).generate(random))
                    .kualitas(Gens.decimals("1", "100", random.nextInt(3)).generate(random))
                    .waktu(Gens.decimals("1", "12", random.nextInt(3)).generate(random))
                    .biaya(biaya)
                    .build();
            Optional<Realisasi> realisasi = optional(random2 -> Realisasi.builder()
                    .kuantitas(decimals("200").generate(random2))
                    .kualitas(decimals("100").generate(random2))
                    .waktu(decimals("24").generate(random2))
                    .biaya(biaya.map(b -> decimals("2000000000").generate(random2)))
                    .build()).generate(random);
            return Kegiatan.builder()
                    .name(text(40).generate(random))
                    .target(target)
                    .realisasi(realisasi)
                    .build();
        };
    }
}
