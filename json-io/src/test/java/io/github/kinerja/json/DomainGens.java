package io.github.kinerja.json;

import static io.github.kinerja.json.CoreGens.decimals;
import static io.github.kinerja.json.CoreGens.list;
import static io.github.kinerja.json.CoreGens.optional;
import static io.github.kinerja.json.CoreGens.text;

import io.github.kinerja.core.ckp.CapaianCap;
import io.github.kinerja.core.ckp.CkpForm;
import io.github.kinerja.core.ckp.CkpKegiatan;
import io.github.kinerja.core.ckp.CkpKegiatanResult;
import io.github.kinerja.core.ckp.CkpKind;
import io.github.kinerja.core.ckp.CkpResult;
import io.github.kinerja.core.ckp.FormValue;
import io.github.kinerja.core.ckp.JenisKegiatan;
import io.github.kinerja.core.ckp.StandardCkpCalculator;
import io.github.kinerja.core.permen2021.CapaianGapPolicy;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.Iki;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.JenisKinerja;
import io.github.kinerja.core.permen2021.NilaiCapaianTable;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2021.Skp;
import io.github.kinerja.core.permen2021.TargetDirection;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.ManfaatKreativitas;
import io.github.kinerja.core.pp46.PerilakuKerja;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SatuanWaktu;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.TugasTambahan;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** Generators of the rule-set types: PP 46/2011, the BPS CKP and PermenPANRB 8/2021. */
final class DomainGens {

    private DomainGens() {}

    // PP 46/2011

    static Gen<Target> pp46Target() {
        return random -> Target.builder()
                .angkaKredit(optional(decimals("100")).generate(random))
                .kuantitas(decimals("500").generate(random))
                .kualitas(decimals("100").generate(random))
                .waktu(decimals("12").generate(random))
                .biaya(optional(decimals("1000000000")).generate(random))
                .build();
    }

    static Gen<Realisasi> pp46Realisasi() {
        return random -> Realisasi.builder()
                .angkaKredit(optional(decimals("100")).generate(random))
                .kuantitas(decimals("500").generate(random))
                .kualitas(decimals("100").generate(random))
                .waktu(decimals("12").generate(random))
                .biaya(optional(decimals("1000000000")).generate(random))
                .build();
    }

    static Gen<Kegiatan> pp46Kegiatan() {
        return random -> Kegiatan.builder()
                .name(text(40).generate(random))
                .satuanOutput(optional(text(15)).generate(random))
                .satuanWaktu(Gens.oneOf(SatuanWaktu.values()).generate(random))
                .target(optional(pp46Target()).generate(random))
                .realisasi(optional(pp46Realisasi()).generate(random))
                .build();
    }

    static Gen<PerilakuKerja> pp46Perilaku() {
        return random -> {
            Map<AspekPerilaku, BigDecimal> scores = new EnumMap<>(AspekPerilaku.class);
            for (AspekPerilaku aspek : AspekPerilaku.values()) {
                if (random.nextInt(5) > 0) {
                    scores.put(aspek, decimals("100").generate(random));
                }
            }
            return PerilakuKerja.of(scores);
        };
    }

    static Gen<SkpPp46> pp46Skp() {
        return random -> SkpPp46.builder()
                .pegawai(CoreGens.person().generate(random))
                .pejabatPenilai(optional(CoreGens.person()).generate(random))
                .atasanPejabatPenilai(optional(CoreGens.person()).generate(random))
                .period(CoreGens.period().generate(random))
                .kegiatan(list(pp46Kegiatan(), 4).generate(random))
                .tugasTambahan(list(text(20).map(TugasTambahan::of), 3).generate(random))
                .kreativitas(list(random2 -> Kreativitas.of(text(20).generate(random2),
                        Gens.oneOf(ManfaatKreativitas.values()).generate(random2)), 2).generate(random))
                .perilaku(optional(pp46Perilaku()).generate(random))
                .build();
    }

    // BPS CKP

    static Gen<FormValue> formValue() {
        return random -> FormValue.of(CoreGens.signedDecimals("200").generate(random),
                CoreGens.anyText(10).generate(random));
    }

    static Gen<CkpKegiatan> ckpKegiatan() {
        return random -> CkpKegiatan.builder()
                .jenis(Gens.oneOf(JenisKegiatan.values()).generate(random))
                .nomor(optional(text(4)).generate(random))
                .uraian(text(40).generate(random))
                .kelompok(optional(text(20)).generate(random))
                .satuan(optional(text(10)).generate(random))
                .targetKuantitas(optional(decimals("100")).generate(random))
                .realisasiKuantitas(optional(decimals("100")).generate(random))
                .shownCapaian(optional(formValue()).generate(random))
                .tingkatKualitas(optional(decimals("100")).generate(random))
                .kodeButir(optional(text(8)).generate(random))
                .angkaKredit(optional(decimals("10")).generate(random))
                .keterangan(optional(text(20)).generate(random))
                .location(optional(text(10)).generate(random))
                .build();
    }

    static Gen<CkpForm> ckpForm() {
        return random -> ckpForm(Gens.oneOf(CkpKind.values()).generate(random), random);
    }

    static Gen<CkpKegiatanResult> ckpKegiatanResult() {
        return random -> CkpKegiatanResult.of(ckpKegiatan().generate(random),
                optional(decimals("200")).generate(random));
    }

    /** Results computed by the standard calculator, as a caller would write them. */
    static Gen<CkpResult> ckpResult() {
        return random -> StandardCkpCalculator.of(Gens.oneOf(CapaianCap.values()).generate(random))
                .calculate(ckpForm(CkpKind.REALISASI, random));
    }

    private static CkpForm ckpForm(CkpKind kind, SplittableRandom random) {
        return CkpForm.builder()
                .kind(kind)
                .satuanOrganisasi(optional(text(20)).generate(random))
                .pegawai(optional(CoreGens.person()).generate(random))
                .pegawaiNipText(optional(text(18)).generate(random))
                .periode(optional(text(20)).generate(random))
                .bulan(optional(Gens.integers(0, 400).map(m -> YearMonth.of(2000, 1).plusMonths(m)))
                        .generate(random))
                .pejabatPenilai(optional(CoreGens.person()).generate(random))
                .pejabatPenilaiNipText(optional(text(18)).generate(random))
                .kegiatan(list(ckpKegiatan(), 4).generate(random))
                .shownRataRataCapaian(optional(formValue()).generate(random))
                .shownRataRataKualitas(optional(formValue()).generate(random))
                .shownCkp(optional(formValue()).generate(random))
                .build();
    }

    // PermenPANRB 8/2021

    static Gen<IkiTarget> ikiTarget() {
        return random -> {
            IkiTarget target;
            switch (random.nextInt(3)) {
                case 0:
                    target = IkiTarget.of(decimals("100").generate(random), text(10).generate(random));
                    break;
                case 1:
                    BigDecimal lower = decimals("100").generate(random);
                    target = IkiTarget.ofRange(lower, lower.add(decimals("50").generate(random)),
                            text(10).generate(random));
                    break;
                default:
                    return IkiTarget.qualitative(text(30).generate(random));
            }
            target = target.withDirection(Gens.oneOf(TargetDirection.values()).generate(random))
                    .withMaximumAttainable(random.nextBoolean());
            Optional<BigDecimal> baseline = optional(decimals("100")).generate(random);
            return baseline.isPresent() ? target.withBaseline(baseline.get()) : target;
        };
    }

    static Gen<Iki> iki() {
        return random -> iki("IKI-1", Optional.empty(), random);
    }

    static Gen<RencanaKinerja> rencanaKinerja() {
        return random -> rencanaKinerja("RK-1", Gens.oneOf(JenisKinerja.values()).generate(random),
                Optional.empty(), random);
    }

    static Gen<Skp> permen2021Skp() {
        return random -> {
            int utama = 1 + random.nextInt(3);
            int tambahan = random.nextInt(2);
            List<Optional<BigDecimal>> utamaBobot = bobots(utama, random.nextBoolean());
            List<RencanaKinerja> rencana = new ArrayList<>();
            for (int i = 0; i < utama; i++) {
                rencana.add(rencanaKinerja("RK-U" + (i + 1), JenisKinerja.UTAMA, utamaBobot.get(i), random));
            }
            for (int i = 0; i < tambahan; i++) {
                rencana.add(rencanaKinerja("RK-T" + (i + 1), JenisKinerja.TAMBAHAN,
                        optional(Gens.integers(1, 100).map(BigDecimal::valueOf)).generate(random), random));
            }
            return Skp.builder()
                    .pegawai(CoreGens.person().generate(random))
                    .pejabatPenilai(optional(CoreGens.person()).generate(random))
                    .atasanPejabatPenilai(optional(CoreGens.person()).generate(random))
                    .periode(CoreGens.period().generate(random))
                    .rencanaKinerja(rencana)
                    .build();
        };
    }

    static Gen<PenilaianKinerja> penilaian() {
        return random -> PenilaianKinerja.builder()
                .skp(permen2021Skp().generate(random))
                .nilaiPerilaku(decimals("120").generate(random))
                .usesPeerOrSubordinateInput(random.nextBoolean())
                .inovasi(random.nextBoolean())
                .build();
    }

    /** Results computed by the scorer with generated settings, as a caller would write them. */
    static Gen<HasilPenilaian> hasilPenilaian() {
        return random -> Permen2021Scorer.of(
                        NilaiCapaianTable.of(Gens.oneOf(CapaianGapPolicy.values()).generate(random)),
                        CoreGens.rounding().generate(random))
                .score(penilaian().generate(random));
    }

    private static Iki iki(String id, Optional<BigDecimal> bobot, SplittableRandom random) {
        return Iki.builder()
                .id(id)
                .indikator(text(40).generate(random))
                .target(ikiTarget().generate(random))
                .realisasi(optional(decimals("150")).generate(random))
                .capaianPenilai(optional(decimals("130")).generate(random))
                .bobot(bobot)
                .build();
    }

    private static RencanaKinerja rencanaKinerja(String id, JenisKinerja jenis, Optional<BigDecimal> bobot,
            SplittableRandom random) {
        int count = random.nextInt(4);
        List<Optional<BigDecimal>> ikiBobot = bobots(count, random.nextBoolean());
        List<Iki> iki = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            iki.add(iki("IKI-" + (i + 1), ikiBobot.get(i), random));
        }
        return RencanaKinerja.builder()
                .id(id)
                .jenis(jenis)
                .uraian(text(40).generate(random))
                .rencanaKinerjaAtasan(optional(text(30)).generate(random))
                .iki(iki)
                .bobot(bobot)
                .build();
    }

    // Bobot for all or none of count items, adding up to 100 as core requires.
    private static List<Optional<BigDecimal>> bobots(int count, boolean weighted) {
        List<Optional<BigDecimal>> bobots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int share = 100 / count + (i == 0 ? 100 % count : 0);
            bobots.add(weighted ? Optional.of(BigDecimal.valueOf(share)) : Optional.empty());
        }
        return bobots;
    }
}
