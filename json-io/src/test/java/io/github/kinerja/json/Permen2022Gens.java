package io.github.kinerja.json;

import static io.github.kinerja.json.CoreGens.decimals;
import static io.github.kinerja.json.CoreGens.list;
import static io.github.kinerja.json.CoreGens.optional;
import static io.github.kinerja.json.CoreGens.text;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.permen2022.AngkaKreditCalculator;
import io.github.kinerja.core.permen2022.AspekIki;
import io.github.kinerja.core.permen2022.BuktiDukung;
import io.github.kinerja.core.permen2022.CoreValue;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.HasilAngkaKredit;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.Iki;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.JenjangJf;
import io.github.kinerja.core.permen2022.LampiranItem;
import io.github.kinerja.core.permen2022.LampiranSkp;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeAngkaKredit;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.Permen2021BandsRatingSuggester;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.Perspektif;
import io.github.kinerja.core.permen2022.PlanStatus;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.RealisasiIki;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.permen2022.UmpanBalik;
import io.github.kinerja.core.permen2022.UnitOrganisasi;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Generators of the PermenPANRB 6/2022 types. */
final class Permen2022Gens {

    private Permen2022Gens() {}

    static Gen<Skp> skp() {
        return random -> skp("SKP-" + random.nextInt(1000), random);
    }

    static Gen<Evaluasi> evaluasi() {
        return random -> evaluasi("SKP-1", random);
    }

    static Gen<PenilaianPegawai> penilaian() {
        return random -> {
            Skp skp = skp("SKP-" + random.nextInt(1000), random);
            return PenilaianPegawai.builder()
                    .skp(skp)
                    .evaluasi(evaluasi(skp.id(), random))
                    .predikatUnitDipimpin(optional(Gens.oneOf(PredikatOrganisasi.values())).generate(random))
                    .build();
        };
    }

    /** Results of the standard scorer, with and without a rating suggester, as a caller would write them. */
    static Gen<HasilPenilaianPegawai> hasil() {
        return random -> {
            PenilaianPegawai penilaian = penilaian().generate(random);
            Evaluasi rated = Evaluasi.builder().from(penilaian.evaluasi())
                    .ratingHasilKerja(Gens.oneOf(Rating.values()).generate(random))
                    .ratingPerilaku(Gens.oneOf(Rating.values()).generate(random))
                    .build();
            Permen2022Scorer scorer = random.nextBoolean() ? Permen2022Scorer.standard()
                    : Permen2022Scorer.standard().withSuggester(Permen2021BandsRatingSuggester.standard());
            return scorer.score(PenilaianPegawai.builder().from(penilaian).evaluasi(rated).build());
        };
    }

    static Gen<UnitOrganisasi> unit() {
        return random -> UnitOrganisasi.builder()
                .id(text(8).generate(random))
                .nama(text(30).generate(random))
                .indukId(optional(text(8)).generate(random))
                .pimpinan(optional(CoreGens.nip()).generate(random))
                .predikat(optional(Gens.oneOf(PredikatOrganisasi.values())).generate(random))
                .build();
    }

    static Gen<HasilAngkaKredit> hasilAngkaKredit() {
        return random -> {
            List<PeriodeAngkaKredit> periods = new ArrayList<>();
            int months = 12;
            while (months > 0 && (periods.isEmpty() || random.nextBoolean())) {
                int bulan = 1 + random.nextInt(months);
                periods.add(PeriodeAngkaKredit.of(bulan, Gens.oneOf(PredikatPegawai.values()).generate(random)));
                months -= bulan;
            }
            AngkaKreditCalculator calculator = AngkaKreditCalculator.of(CoreGens.rounding().generate(random));
            return random.nextBoolean()
                    ? calculator.calculate(Gens.oneOf(JenjangJf.values()).generate(random), periods)
                    : calculator.calculate(decimals("60").generate(random), periods);
        };
    }

    private static Skp skp(String id, SplittableRandom random) {
        int rhkCount = 1 + random.nextInt(3);
        List<Rhk> rhk = new ArrayList<>();
        int ikiNumber = 0;
        for (int i = 0; i < rhkCount; i++) {
            List<Iki> iki = new ArrayList<>();
            for (int j = random.nextInt(3); j > 0; j--) {
                ikiNumber++;
                iki.add(Iki.builder()
                        .id("IKI-" + ikiNumber)
                        .aspek(optional(Gens.oneOf(AspekIki.values())).generate(random))
                        .indikator(text(40).generate(random))
                        .target(DomainGens.ikiTarget().generate(random))
                        .build());
            }
            rhk.add(Rhk.builder()
                    .id("RHK-" + (i + 1))
                    .jenis(i == 0 ? JenisRhk.UTAMA : Gens.oneOf(JenisRhk.values()).generate(random))
                    .uraian(text(40).generate(random))
                    .rhkAtasan(optional(random2 -> RhkReference.of(text(8).generate(random2),
                            text(8).generate(random2))).generate(random))
                    .perspektif(optional(Gens.oneOf(Perspektif.values())).generate(random))
                    .iki(iki)
                    .build());
        }
        Map<CoreValue, String> ekspektasi = new EnumMap<>(CoreValue.class);
        for (CoreValue value : CoreValue.values()) {
            if (random.nextInt(4) == 0) {
                ekspektasi.put(value, text(30).generate(random));
            }
        }
        return Skp.builder()
                .id(id)
                .model(Gens.oneOf(ModelSkp.values()).generate(random))
                .periode(AssessmentPeriod.ofYear(2022 + random.nextInt(5)))
                .pegawai(CoreGens.person().generate(random))
                .pejabatPenilai(optional(CoreGens.person()).generate(random))
                .atasanPejabatPenilai(optional(CoreGens.person()).generate(random))
                .status(Gens.oneOf(PlanStatus.values()).generate(random))
                .unitId(optional(text(8)).generate(random))
                .rhk(rhk)
                .putAllEkspektasiKhususPimpinan(ekspektasi)
                .lampiran(list(random2 -> LampiranItem.of(Gens.oneOf(LampiranSkp.values()).generate(random2),
                        text(30).generate(random2)), 3).generate(random))
                .build();
    }

    private static Evaluasi evaluasi(String skpId, SplittableRandom random) {
        PeriodeEvaluasi periode;
        switch (random.nextInt(4)) {
            case 0:
                periode = PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1 + random.nextInt(12)));
                break;
            case 1:
                periode = PeriodeEvaluasi.triwulanan(2023, 1 + random.nextInt(4));
                break;
            case 2:
                periode = PeriodeEvaluasi.tahunan(2023);
                break;
            default:
                LocalDate start = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(300));
                periode = PeriodeEvaluasi.custom(AssessmentPeriod.of(start, start.plusDays(random.nextInt(60))));
                break;
        }
        return Evaluasi.builder()
                .skpId(skpId)
                .periode(periode)
                .realisasi(list(random2 -> RealisasiIki.builder()
                        .ikiId("IKI-" + (1 + random2.nextInt(5)))
                        .nilai(optional(decimals("200")).generate(random2))
                        .satuan(optional(text(10)).generate(random2))
                        .keterangan(optional(text(20)).generate(random2))
                        .buktiDukung(list(random3 -> random3.nextBoolean()
                                ? BuktiDukung.of(text(20).generate(random3))
                                : BuktiDukung.of(text(20).generate(random3), text(20).generate(random3)), 2)
                                .generate(random2))
                        .build(), 3).generate(random))
                .umpanBalik(list(random2 -> UmpanBalik.builder()
                        .rhkId(optional(text(6)).generate(random2))
                        .coreValue(optional(Gens.oneOf(CoreValue.values())).generate(random2))
                        .teks(text(40).generate(random2))
                        .build(), 3).generate(random))
                .ratingHasilKerja(optional(Gens.oneOf(Rating.values())).generate(random))
                .ratingPerilaku(optional(Gens.oneOf(Rating.values())).generate(random))
                .build();
    }
}
