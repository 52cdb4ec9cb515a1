package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.ManfaatKreativitas;
import io.github.kinerja.core.pp46.PerilakuKerja;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.TugasTambahan;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Generators of valid PP 46/2011 inputs: every generated SKP passes validation and can be scored. */
final class Pp46Gens {

    private static final Gen<BigDecimal> POSITIVE = Gens.decimals("0.01", "500", 2);
    private static final Gen<BigDecimal> RUPIAH = Gens.decimals("1000", "900000000", 0);

    private Pp46Gens() {}

    /** Returns target-realisasi pairs of valid kegiatan with unique names, with and without a budget. */
    static Gen<Kegiatan> kegiatan() {
        return random -> {
            BigDecimal biayaTarget = Gens.oneOf("absent", "zero", "budget").generate(random).equals("budget")
                    ? RUPIAH.generate(random)
                    : BigDecimal.ZERO;
            boolean absent = random.nextBoolean();
            Target.Builder target = Target.builder()
                    .kuantitas(POSITIVE.generate(random))
                    .kualitas(Gens.decimals("1", "100", 0).generate(random))
                    .waktu(Gens.decimals("0.5", "24", 1).generate(random));
            if (biayaTarget.signum() != 0 || !absent) {
                target.biaya(biayaTarget);
            }
            Target built = target.build();
            Kegiatan.Builder kegiatan = Kegiatan.builder()
                    .name("Kegiatan " + Long.toHexString(random.nextLong()))
                    .target(built);
            if (random.nextInt(8) != 0) {
                Realisasi.Builder realisasi = Realisasi.builder()
                        .kuantitas(Gens.decimals("0", "1000", 2).generate(random))
                        .kualitas(Gens.decimals("0", "100", 1).generate(random))
                        .waktu(Gens.decimals("0", "48", 2).generate(random));
                if (built.hasBiaya()) {
                    realisasi.biaya(Gens.decimals("0", "1800000000", 0).generate(random));
                }
                kegiatan.realisasi(realisasi.build());
            }
            return kegiatan.build();
        };
    }

    /** Returns perilaku ratings of 5 aspects or, one time in two, all 6. */
    static Gen<PerilakuKerja> perilaku() {
        Gen<BigDecimal> score = Gens.decimals("0", "100", 1);
        return random -> {
            PerilakuKerja.Builder builder = PerilakuKerja.builder();
            for (AspekPerilaku aspek : random.nextBoolean() ? AspekPerilaku.struktural()
                    : AspekPerilaku.nonStruktural()) {
                builder.putScore(aspek, score.generate(random));
            }
            return builder.build();
        };
    }

    /** Returns valid SKP of 1 to 8 kegiatan with some tugas tambahan, kreativitas and, mostly, perilaku. */
    static Gen<SkpPp46> skp() {
        Gen<List<Kegiatan>> kegiatan = Gens.lists(kegiatan(), 1, 8);
        Gen<List<TugasTambahan>> tugasTambahan = Gens.lists(Gens.strings(3, 12).filter(s -> !s.isBlank())
                .map(TugasTambahan::of), 0, 9);
        Gen<List<Kreativitas>> kreativitas = Gens.lists(
                Gens.oneOf(ManfaatKreativitas.values()).map(m -> Kreativitas.of("Ide " + m, m)), 0, 3);
        Gen<Optional<PerilakuKerja>> perilaku = Gens.optionals(perilaku());
        return random -> SkpPp46.builder()
                .pegawai(Person.of("Pegawai"))
                .period(AssessmentPeriod.ofYear(2019))
                .addAllKegiatan(kegiatan.generate(random))
                .addAllTugasTambahan(tugasTambahan.generate(random))
                .addAllKreativitas(kreativitas.generate(random))
                .perilaku(perilaku.generate(random))
                .build();
    }
}
