package io.github.kinerja.excel.write;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.JenisKinerja;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2021.TargetDirection;
import io.github.kinerja.core.permen2021.TargetKind;
import io.github.kinerja.core.permen2022.AspekIki;
import io.github.kinerja.core.permen2022.BuktiDukung;
import io.github.kinerja.core.permen2022.CoreValue;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.Iki;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.LampiranItem;
import io.github.kinerja.core.permen2022.LampiranSkp;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.Perspektif;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.RealisasiIki;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.permen2022.UmpanBalik;
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
import io.github.kinerja.excel.internal.Labels;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generators of valid PP 46/2011 SKP as the forms hold them: every generated SKP scores without errors, and its
 * numbers are in the normal form a reader returns (no trailing zeros), so that a round trip can compare whole
 * models with {@code equals}.
 *
 * <p>Names are Indonesian words joined by single spaces, so they survive the white-space clean-up of readers, and
 * avoid the words that readers take for section headers. A few kegiatan names start with {@code =}, {@code +},
 * {@code -} or {@code @}, as user text may.
 */
final class WriteGens {

    private static final List<String> WORDS = List.of("menyusun", "laporan", "rencana", "kerja", "mengelola",
            "arsip", "data", "pegawai", "verifikasi", "dokumen", "rapat", "koordinasi", "anggaran", "evaluasi",
            "pelayanan", "publik", "surat", "keluar", "masuk", "Analis", "Bidang", "Kabupaten", "Dinas", "Sekretariat");
    private static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"x\")", "+62 811", "-", "@user",
            "=1+1", "-5 laporan");
    private static final List<String> SATUAN = List.of("laporan", "dokumen", "berkas", "kegiatan", "paket");

    private WriteGens() {}

    /** Returns SKP with realisasi, tugas tambahan, kreativitas and, mostly, perilaku: evaluation forms. */
    static Gen<SkpPp46> penilaian() {
        Gen<List<Kegiatan>> kegiatan = Gens.lists(kegiatan(true), 1, 8);
        Gen<List<TugasTambahan>> tugasTambahan = Gens.lists(words(1, 5).map(TugasTambahan::of), 0, 9);
        Gen<List<Kreativitas>> kreativitas = Gens.lists(random -> Kreativitas.of(words(1, 4).generate(random),
                Gens.oneOf(ManfaatKreativitas.values()).generate(random)), 0, 3);
        return random -> {
            SkpPp46.Builder skp = SkpPp46.builder()
                    .pegawai(person(random.nextBoolean()).generate(random))
                    .pejabatPenilai(pejabat().generate(random))
                    .period(period().generate(random))
                    .addAllKegiatan(kegiatan.generate(random))
                    .addAllTugasTambahan(tugasTambahan.generate(random))
                    .addAllKreativitas(kreativitas.generate(random));
            if (random.nextInt(4) != 0) {
                skp.perilaku(perilaku().generate(random));
            }
            return skp.build();
        };
    }

    /** Returns plans: kegiatan with targets only, as the Formulir SKP contains them. */
    static Gen<SkpPp46> formulir() {
        Gen<List<Kegiatan>> kegiatan = Gens.lists(kegiatan(false), 1, 8);
        return random -> SkpPp46.builder()
                .pegawai(person(random.nextBoolean()).generate(random))
                .pejabatPenilai(pejabat().generate(random))
                .period(period().generate(random))
                .addAllKegiatan(kegiatan.generate(random))
                .build();
    }

    /** Returns the plan part of an SKP: its people, period and kegiatan targets, as the Formulir SKP contains them. */
    static SkpPp46 planOf(SkpPp46 skp) {
        SkpPp46.Builder plan = SkpPp46.builder()
                .pegawai(skp.pegawai())
                .pejabatPenilai(skp.pejabatPenilai())
                .period(skp.period());
        for (Kegiatan kegiatan : skp.kegiatan()) {
            plan.addKegiatan(Kegiatan.builder().from(kegiatan).realisasi(Optional.empty()).build());
        }
        return plan.build();
    }

    static Gen<Kegiatan> kegiatan(boolean withRealisasi) {
        return random -> {
            Kegiatan.Builder kegiatan = Kegiatan.builder().name(name(random));
            if (random.nextInt(4) != 0) {
                kegiatan.satuanOutput(Gens.elements(SATUAN).generate(random));
            }
            if (random.nextInt(5) == 0) {
                kegiatan.satuanWaktu(SatuanWaktu.HARI);
            }
            Target.Builder target = Target.builder()
                    .kuantitas(decimal("0.01", "500", 2, random))
                    .kualitas(decimal("1", "100", 0, random))
                    .waktu(decimal("0.5", "24", 1, random));
            int biaya = random.nextInt(3);
            if (biaya == 1) {
                target.biaya(BigDecimal.ZERO);
            } else if (biaya == 2) {
                target.biaya(decimal("1000", "900000000", 0, random));
            }
            if (random.nextInt(3) == 0) {
                target.angkaKredit(decimal("0.001", "50", 3, random));
            }
            Target built = target.build();
            kegiatan.target(built);
            if (withRealisasi && random.nextInt(8) != 0) {
                Realisasi.Builder realisasi = Realisasi.builder()
                        .kuantitas(decimal("0", "1000", 2, random))
                        .kualitas(decimal("0", "100", 1, random))
                        .waktu(decimal("0", "48", 2, random));
                if (built.hasBiaya() || random.nextInt(4) == 0) {
                    realisasi.biaya(decimal("0", "1800000000", 0, random));
                }
                if (random.nextInt(3) == 0) {
                    realisasi.angkaKredit(decimal("0", "50", 3, random));
                }
                kegiatan.realisasi(realisasi.build());
            }
            return kegiatan.build();
        };
    }

    static Gen<PerilakuKerja> perilaku() {
        return random -> {
            PerilakuKerja.Builder builder = PerilakuKerja.builder();
            for (AspekPerilaku aspek : random.nextBoolean() ? AspekPerilaku.struktural()
                    : AspekPerilaku.nonStruktural()) {
                builder.putScore(aspek, decimal("0", "100", 2, random));
            }
            return builder.build();
        };
    }

    /** Returns a pejabat penilai: absent one time in four, otherwise with some or all identity fields. */
    static Gen<Optional<Person>> pejabat() {
        return random -> random.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(person(random.nextBoolean()).generate(random));
    }

    static Gen<Person> person(boolean complete) {
        return random -> {
            Person.Builder person = Person.builder().name(capitalized(words(2, 3).generate(random)));
            if (complete || random.nextBoolean()) {
                person.nip(nip(random));
            }
            if (complete || random.nextBoolean()) {
                person.golongan(Gens.oneOf(Golongan.values()).generate(random));
            }
            if (complete || random.nextBoolean()) {
                person.jabatan(capitalized(words(1, 4).generate(random)));
            }
            if (complete || random.nextBoolean()) {
                person.unitKerja(capitalized(words(1, 4).generate(random)));
            }
            return person.build();
        };
    }

    static Gen<AssessmentPeriod> period() {
        return random -> {
            int year = 2014 + random.nextInt(8);
            return switch (random.nextInt(3)) {
                case 0 -> AssessmentPeriod.ofYear(year);
                case 1 -> AssessmentPeriod.of(LocalDate.of(year, 1, 2), LocalDate.of(year, 6, 30));
                default -> AssessmentPeriod.of(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
            };
        };
    }

    private static String name(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            return Gens.elements(FORMULA_LIKE).generate(random);
        }
        return capitalized(words(2, 6).generate(random));
    }

    private static Gen<String> words(int min, int max) {
        return Gens.lists(Gens.elements(WORDS), min, max).map(list -> String.join(" ", list));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    // A valid NIP: birth date 1960-1995, appointment at 18 to 30 years of age, sex digit 1 or 2.
    private static Nip nip(SplittableRandom random) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 35));
        int appointmentYear = birth.getYear() + 18 + random.nextInt(12);
        String digits = String.format(java.util.Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), appointmentYear, 1 + random.nextInt(12), 1 + random.nextInt(2),
                random.nextInt(1000));
        return Nip.parse(digits);
    }

    // PermenPANRB 6/2022. Text that a form prints is Indonesian words or formula-like text; a lone "-" is left
    // out, because the forms print it for "no value".
    private static final List<String> FORMULA_LIKE_TEXT = List.of("=HYPERLINK(\"x\")", "+62 811", "@user", "=1+1",
            "-5 laporan");
    private static final List<String> SATUAN_IKI = List.of("laporan", "dokumen", "berkas", "%", "bulan", "rekomendasi");

    /**
     * Returns PermenPANRB 6/2022 plans in the form order the SKP workbook keeps: RHK utama before tambahan, for JPT
     * grouped by perspektif (RHK without one first), IKI ids {@code <RHK id>.<n>}, Lampiran entries by section. The
     * SKP id is the one the reader makes up, the status is the default and no unit id is set, because the form
     * prints none of them.
     */
    static Gen<Skp> permen2022Skp() {
        return random -> {
            ModelSkp model = random.nextInt(3) == 0 ? ModelSkp.JPT : ModelSkp.JA_JF;
            Person pegawai = person(random.nextBoolean()).generate(random);
            AssessmentPeriod periode = period().generate(random);
            Skp.Builder skp = Skp.builder()
                    .id(permen2022SkpId(pegawai, periode))
                    .model(model)
                    .periode(periode)
                    .pegawai(pegawai)
                    .pejabatPenilai(pejabat().generate(random));
            if (random.nextInt(4) == 0) {
                skp.atasanPejabatPenilai(person(random.nextBoolean()).generate(random));
            }
            int number = 1;
            for (JenisRhk jenis : JenisRhk.values()) {
                int count = jenis == JenisRhk.UTAMA ? 1 + random.nextInt(4) : random.nextInt(3);
                List<Optional<Perspektif>> perspektif = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    perspektif.add(model == ModelSkp.JPT && random.nextInt(4) != 0
                            ? Optional.of(Gens.oneOf(Perspektif.values()).generate(random)) : Optional.empty());
                }
                perspektif.sort(Comparator.comparingInt(p -> p.map(Perspektif::ordinal).orElse(-1)));
                for (Optional<Perspektif> group : perspektif) {
                    skp.addRhk(rhk(String.valueOf(number++), jenis, group, model, random));
                }
            }
            for (CoreValue value : CoreValue.values()) {
                if (random.nextInt(3) == 0) {
                    skp.putEkspektasiKhususPimpinan(value, text(random));
                }
            }
            for (LampiranSkp bagian : LampiranSkp.values()) {
                for (int i = random.nextInt(3); i > 0; i--) {
                    skp.addLampiran(LampiranItem.of(bagian, text(random)));
                }
            }
            return skp.build();
        };
    }

    /**
     * Returns evaluations of generated plans in the order the evaluation workbook keeps: realisasi in IKI order,
     * umpan balik on RHK (in RHK order), then on core values, then general. A unit leader's evaluation has no
     * rating hasil kerja of its own, because the form prints the one derived from the unit's predikat.
     */
    static Gen<PenilaianPegawai> permen2022Penilaian() {
        return random -> {
            Skp skp = permen2022Skp().generate(random);
            int year = skp.periode().start().getYear();
            PeriodeEvaluasi periode = switch (random.nextInt(4)) {
                case 0 -> PeriodeEvaluasi.bulanan(YearMonth.of(year, 1 + random.nextInt(12)));
                case 1 -> PeriodeEvaluasi.triwulanan(year, 1 + random.nextInt(4));
                case 2 -> PeriodeEvaluasi.tahunan(year);
                default -> PeriodeEvaluasi.custom(AssessmentPeriod.of(LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 6, 30)));
            };
            Evaluasi.Builder evaluasi = Evaluasi.builder().skpId(skp.id()).periode(periode);
            for (Iki iki : skp.allIki()) {
                if (random.nextInt(3) != 0) {
                    evaluasi.addRealisasi(realisasi(iki.id(), random));
                }
            }
            for (Rhk rhk : skp.rhk()) {
                for (String teks : distinctTexts(random)) {
                    evaluasi.addUmpanBalik(UmpanBalik.builder().rhkId(rhk.id()).teks(teks).build());
                }
            }
            for (CoreValue value : CoreValue.values()) {
                if (random.nextInt(4) == 0) {
                    evaluasi.addUmpanBalik(UmpanBalik.builder().coreValue(value).teks(text(random)).build());
                }
            }
            for (String teks : distinctTexts(random)) {
                evaluasi.addUmpanBalik(UmpanBalik.builder().teks(teks).build());
            }
            boolean leader = random.nextInt(4) == 0;
            if (!leader && random.nextInt(6) != 0) {
                evaluasi.ratingHasilKerja(Gens.oneOf(Rating.values()).generate(random));
            }
            if (random.nextInt(6) != 0) {
                evaluasi.ratingPerilaku(Gens.oneOf(Rating.values()).generate(random));
            }
            PenilaianPegawai.Builder penilaian = PenilaianPegawai.builder().skp(skp).evaluasi(evaluasi.build());
            if (leader) {
                penilaian.predikatUnitDipimpin(Gens.oneOf(PredikatOrganisasi.values()).generate(random));
            }
            return penilaian.build();
        };
    }

    /** Returns the SKP id the PermenPANRB 6/2022 reader makes up: {@code SKP-<NIP or name>-<first day>}. */
    static String permen2022SkpId(Person pegawai, AssessmentPeriod periode) {
        String who = pegawai.nip().map(Nip::digits).orElse(Labels.normalize(pegawai.name()).replace(' ', '-'));
        return "SKP-" + who + "-" + periode.start();
    }

    private static Rhk rhk(String id, JenisRhk jenis, Optional<Perspektif> perspektif, ModelSkp model,
            SplittableRandom random) {
        Rhk.Builder rhk = Rhk.builder().id(id).jenis(jenis).uraian(text(random)).perspektif(perspektif);
        if (random.nextInt(3) != 0) {
            rhk.rhkAtasan(RhkReference.of("SKP-ATASAN-" + random.nextInt(100), String.valueOf(1 + random.nextInt(9))));
        }
        int count = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
        for (int i = 1; i <= count; i++) {
            Iki.Builder iki = Iki.builder().id(id + "." + i).indikator(text(random)).target(target(random));
            if (model == ModelSkp.JA_JF && random.nextInt(4) != 0) {
                iki.aspek(Gens.oneOf(AspekIki.values()).generate(random));
            }
            rhk.addIki(iki.build());
        }
        return rhk.build();
    }

    private static IkiTarget target(SplittableRandom random) {
        Optional<String> satuan = random.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(Gens.elements(SATUAN_IKI).generate(random));
        return switch (random.nextInt(3)) {
            case 0 -> IkiTarget.builder().kind(TargetKind.VALUE).value(decimal("0", "5000", 3, random))
                    .satuan(satuan).build();
            case 1 -> {
                BigDecimal lower = decimal("0", "100", 3, random);
                BigDecimal upper = lower.add(decimal("0", "100", 2, random));
                yield IkiTarget.builder().kind(TargetKind.RANGE).lower(lower).upper(normal(upper)).satuan(satuan)
                        .build();
            }
            default -> IkiTarget.qualitative(capitalized(words(2, 6).generate(random)));
        };
    }

    private static RealisasiIki realisasi(String ikiId, SplittableRandom random) {
        RealisasiIki.Builder realisasi = RealisasiIki.builder().ikiId(ikiId);
        boolean nilai = random.nextInt(4) != 0;
        if (nilai) {
            realisasi.nilai(decimal("0", "5000", 3, random));
        }
        if (random.nextInt(3) == 0) {
            realisasi.satuan(Gens.elements(SATUAN_IKI).generate(random));
        }
        if (!nilai || random.nextInt(3) == 0) {
            realisasi.keterangan(text(random));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            String reference = random.nextBoolean() ? "https://bukti.example/" + random.nextInt(10_000)
                    : capitalized(words(1, 3).generate(random));
            realisasi.addBuktiDukung(random.nextBoolean() ? BuktiDukung.of(reference)
                    : BuktiDukung.of(reference, words(1, 4).generate(random)));
        }
        return realisasi.build();
    }

    private static List<String> distinctTexts(SplittableRandom random) {
        List<String> texts = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String text = text(random);
            if (!texts.contains(text)) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String text(SplittableRandom random) {
        if (random.nextInt(8) == 0) {
            return Gens.elements(FORMULA_LIKE_TEXT).generate(random);
        }
        return capitalized(words(2, 6).generate(random));
    }

    private static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    // A decimal in the normal form readers return: no trailing zeros, scale at least 0.
    private static BigDecimal decimal(String min, String max, int scale, SplittableRandom random) {
        BigDecimal value = Gens.decimals(min, max, scale).generate(random).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Returns PermenPANRB 8/2021 appraisals as the SKP form carries them: kinerja utama before kinerja tambahan,
     * rencana kinerja numbered 1, 2, … and their IKI numbered {@code <rencana>.1}, {@code <rencana>.2}, …, targets
     * without baseline or note, and value, range and qualitative targets in both directions.
     */
    static Gen<PenilaianKinerja> permen2021Penilaian() {
        return random -> PenilaianKinerja.builder()
                .skp(permen2021Skp().generate(random))
                .nilaiPerilaku(decimal("0", "120", 2, random))
                .usesPeerOrSubordinateInput(random.nextBoolean())
                .inovasi(random.nextInt(3) == 0)
                .build();
    }

    /** Returns PermenPANRB 8/2021 SKP as the form carries them; see {@link #permen2021Penilaian()}. */
    static Gen<io.github.kinerja.core.permen2021.Skp> permen2021Skp() {
        return random -> {
            int utama = 1 + random.nextInt(4);
            int tambahan = random.nextInt(3);
            List<BigDecimal> bobot = random.nextBoolean() ? shares(utama, random) : List.of();
            io.github.kinerja.core.permen2021.Skp.Builder skp = io.github.kinerja.core.permen2021.Skp.builder()
                    .pegawai(person(random.nextBoolean()).generate(random))
                    .pejabatPenilai(pejabat().generate(random))
                    .atasanPejabatPenilai(random.nextBoolean() ? pejabat().generate(random) : Optional.empty())
                    .periode(random.nextInt(3) == 0 ? period().generate(random)
                            : AssessmentPeriod.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31)));
            for (int i = 0; i < utama + tambahan; i++) {
                JenisKinerja jenis = i < utama ? JenisKinerja.UTAMA : JenisKinerja.TAMBAHAN;
                RencanaKinerja.Builder rencana = RencanaKinerja.builder()
                        .id(String.valueOf(i + 1))
                        .jenis(jenis)
                        .uraian(name(random));
                if (random.nextBoolean()) {
                    rencana.rencanaKinerjaAtasan(capitalized(words(2, 6).generate(random)));
                }
                if (jenis == JenisKinerja.UTAMA && !bobot.isEmpty()) {
                    rencana.bobot(bobot.get(i));
                } else if (jenis == JenisKinerja.TAMBAHAN && random.nextBoolean()) {
                    rencana.bobot(decimal("1", "20", 0, random));
                }
                int ikiCount = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
                List<BigDecimal> ikiBobot = random.nextBoolean() ? shares(ikiCount, random) : List.of();
                for (int k = 0; k < ikiCount; k++) {
                    io.github.kinerja.core.permen2021.Iki.Builder iki = io.github.kinerja.core.permen2021.Iki.builder()
                            .id((i + 1) + "." + (k + 1))
                            .indikator(name(random))
                            .target(ikiTarget().generate(random));
                    if (!ikiBobot.isEmpty()) {
                        iki.bobot(ikiBobot.get(k));
                    }
                    if (random.nextInt(5) != 0) {
                        iki.realisasi(decimal("0", "300", 2, random));
                    }
                    io.github.kinerja.core.permen2021.Iki built = iki.build();
                    boolean qualitative = !built.target().isNumeric();
                    if (qualitative ? random.nextInt(4) != 0 : random.nextInt(8) == 0) {
                        built = built.withCapaianPenilai(decimal("0", "130", 2, random));
                    }
                    rencana.addIki(built);
                }
                skp.addRencanaKinerja(rencana.build());
            }
            return skp.build();
        };
    }

    /** Returns IKI targets: values and ranges (zero now and then) in both directions, and qualitative targets. */
    static Gen<IkiTarget> ikiTarget() {
        return random -> {
            int kind = random.nextInt(5);
            if (kind == 0) {
                return IkiTarget.qualitative(capitalized(words(2, 6).generate(random)));
            }
            IkiTarget.Builder target = IkiTarget.builder();
            BigDecimal first = random.nextInt(15) == 0 ? BigDecimal.ZERO : decimal("0.5", "200", 2, random);
            if (kind == 1) {
                BigDecimal second = decimal("0", "50", 2, random);
                target.kind(TargetKind.RANGE).lower(first).upper(normal(first.add(second)));
            } else {
                target.kind(TargetKind.VALUE).value(first);
            }
            if (random.nextInt(4) != 0) {
                target.satuan(Gens.elements(SATUAN).generate(random));
            }
            if (random.nextInt(3) == 0) {
                target.direction(TargetDirection.LOWER_IS_BETTER);
            }
            target.maximumAttainable(random.nextInt(6) == 0);
            return target.build();
        };
    }

    // Whole bobot in percent that add up to 100, each at least 1.
    private static List<BigDecimal> shares(int count, SplittableRandom random) {
        List<BigDecimal> shares = new ArrayList<>();
        int left = 100;
        for (int i = 0; i < count; i++) {
            int share = i == count - 1 ? left : 1 + random.nextInt(left - (count - i) + 1);
            shares.add(BigDecimal.valueOf(share));
            left -= share;
        }
        return shares;
    }
}
