package io.github.kinerja.json;

import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.permen2021.CapaianGapPolicy;
import io.github.kinerja.core.permen2021.CapaianIki;
import io.github.kinerja.core.permen2021.HasilIki;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.HasilRencanaKinerja;
import io.github.kinerja.core.permen2021.Iki;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.NilaiAkhir;
import io.github.kinerja.core.permen2021.NilaiCapaianIki;
import io.github.kinerja.core.permen2021.NilaiCapaianTable;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2021.Skp;
import io.github.kinerja.json.internal.Enums;

/**
 * The codecs of the SKP under PermenPANRB 8/2021 and of its appraisal result. The parts of the result are written
 * only; a whole result is read by scoring its recorded input again (see {@link Recomputation}).
 */
final class Permen2021Codecs {

    private static final Shape STEPS = Shape.listOf(CoreCodecs.STEP);

    static final Codec<IkiTarget> IKI_TARGET = Codec.builder(IkiTarget.class, "permen2021.IkiTarget",
                    "The target of an IKI: one value, a range or a qualitative description.")
            .required("kind", Shape.code(Enums.TARGET_KIND))
            .optional("value", Shape.DECIMAL)
            .optional("lower", Shape.DECIMAL)
            .optional("upper", Shape.DECIMAL)
            .optional("satuan", Shape.TEXT)
            .optional("description", Shape.TEXT)
            .optional("direction", Shape.code(Enums.TARGET_DIRECTION))
            .optional("maximumAttainable", Shape.BOOLEAN)
            .optional("baseline", Shape.DECIMAL)
            .writer((target, out) -> out
                    .code("kind", Enums.TARGET_KIND, target.kind())
                    .optionalDecimal("value", target.value())
                    .optionalDecimal("lower", target.lower())
                    .optionalDecimal("upper", target.upper())
                    .optionalText("satuan", target.satuan())
                    .optionalText("description", target.description())
                    .code("direction", Enums.TARGET_DIRECTION, target.direction())
                    .bool("maximumAttainable", target.maximumAttainable())
                    .optionalDecimal("baseline", target.baseline()))
            .reader(in -> {
                IkiTarget.Builder target = IkiTarget.builder()
                        .kind(in.code("kind", Enums.TARGET_KIND))
                        .value(in.optionalDecimal("value"))
                        .lower(in.optionalDecimal("lower"))
                        .upper(in.optionalDecimal("upper"))
                        .satuan(in.optionalText("satuan"))
                        .description(in.optionalText("description"))
                        .maximumAttainable(in.flag("maximumAttainable"))
                        .baseline(in.optionalDecimal("baseline"));
                in.optionalCode("direction", Enums.TARGET_DIRECTION).ifPresent(target::direction);
                return in.build(target::build);
            })
            .build();

    static final Codec<Iki> IKI = Codec.builder(Iki.class, "permen2021.Iki",
                    "An indikator kinerja individu with its target, realisasi, appraiser's capaian and bobot.")
            .required("id", Shape.TEXT)
            .required("indikator", Shape.TEXT)
            .required("target", Shape.object(IKI_TARGET))
            .optional("realisasi", Shape.DECIMAL)
            .optional("capaianPenilai", Shape.DECIMAL)
            .optional("bobot", Shape.DECIMAL)
            .writer((iki, out) -> out
                    .text("id", iki.id())
                    .text("indikator", iki.indikator())
                    .object("target", IKI_TARGET, iki.target())
                    .optionalDecimal("realisasi", iki.realisasi())
                    .optionalDecimal("capaianPenilai", iki.capaianPenilai())
                    .optionalDecimal("bobot", iki.bobot()))
            .reader(in -> {
                Iki.Builder iki = Iki.builder()
                        .id(in.text("id"))
                        .indikator(in.text("indikator"))
                        .target(in.object("target", IKI_TARGET))
                        .realisasi(in.optionalDecimal("realisasi"))
                        .capaianPenilai(in.optionalDecimal("capaianPenilai"))
                        .bobot(in.optionalDecimal("bobot"));
                return in.build(iki::build);
            })
            .build();

    static final Codec<RencanaKinerja> RENCANA_KINERJA = Codec.builder(RencanaKinerja.class,
                    "permen2021.RencanaKinerja", "A rencana hasil kerja, utama or tambahan, with its IKI.")
            .required("id", Shape.TEXT)
            .required("jenis", Shape.code(Enums.JENIS_KINERJA))
            .required("uraian", Shape.TEXT)
            .optional("rencanaKinerjaAtasan", Shape.TEXT)
            .optional("iki", Shape.listOf(IKI))
            .optional("bobot", Shape.DECIMAL)
            .writer((rencana, out) -> out
                    .text("id", rencana.id())
                    .code("jenis", Enums.JENIS_KINERJA, rencana.jenis())
                    .text("uraian", rencana.uraian())
                    .optionalText("rencanaKinerjaAtasan", rencana.rencanaKinerjaAtasan())
                    .list("iki", IKI, rencana.iki())
                    .optionalDecimal("bobot", rencana.bobot()))
            .reader(in -> {
                RencanaKinerja.Builder rencana = RencanaKinerja.builder()
                        .id(in.text("id"))
                        .jenis(in.code("jenis", Enums.JENIS_KINERJA))
                        .uraian(in.text("uraian"))
                        .rencanaKinerjaAtasan(in.optionalText("rencanaKinerjaAtasan"))
                        .iki(in.list("iki", IKI))
                        .bobot(in.optionalDecimal("bobot"));
                return in.build(rencana::build);
            })
            .build();

    static final Codec<Skp> SKP = Codec.builder(Skp.class, "permen2021.Skp",
                    "An SKP under PermenPANRB 8/2021 with its rencana kinerja.")
            .required("pegawai", Shape.object(CoreCodecs.PERSON))
            .optional("pejabatPenilai", Shape.object(CoreCodecs.PERSON))
            .optional("atasanPejabatPenilai", Shape.object(CoreCodecs.PERSON))
            .required("periode", Shape.object(CoreCodecs.PERIOD))
            .optional("rencanaKinerja", Shape.listOf(RENCANA_KINERJA))
            .writer((skp, out) -> out
                    .object("pegawai", CoreCodecs.PERSON, skp.pegawai())
                    .optionalObject("pejabatPenilai", CoreCodecs.PERSON, skp.pejabatPenilai())
                    .optionalObject("atasanPejabatPenilai", CoreCodecs.PERSON, skp.atasanPejabatPenilai())
                    .object("periode", CoreCodecs.PERIOD, skp.periode())
                    .list("rencanaKinerja", RENCANA_KINERJA, skp.rencanaKinerja()))
            .reader(in -> {
                Skp.Builder skp = Skp.builder()
                        .pegawai(in.object("pegawai", CoreCodecs.PERSON))
                        .pejabatPenilai(in.optionalObject("pejabatPenilai", CoreCodecs.PERSON))
                        .atasanPejabatPenilai(in.optionalObject("atasanPejabatPenilai", CoreCodecs.PERSON))
                        .periode(in.object("periode", CoreCodecs.PERIOD))
                        .rencanaKinerja(in.list("rencanaKinerja", RENCANA_KINERJA));
                return in.build(skp::build);
            })
            .build();

    static final Codec<PenilaianKinerja> PENILAIAN = Codec.builder(PenilaianKinerja.class,
                    "permen2021.PenilaianKinerja",
                    "The input of an appraisal: the SKP with realisasi, the nilai perilaku and the appraisal flags.")
            .required("skp", Shape.object(SKP))
            .required("nilaiPerilaku", Shape.DECIMAL)
            .optional("usesPeerOrSubordinateInput", Shape.BOOLEAN)
            .optional("inovasi", Shape.BOOLEAN)
            .writer((penilaian, out) -> out
                    .object("skp", SKP, penilaian.skp())
                    .decimal("nilaiPerilaku", penilaian.nilaiPerilaku())
                    .bool("usesPeerOrSubordinateInput", penilaian.usesPeerOrSubordinateInput())
                    .bool("inovasi", penilaian.inovasi()))
            .reader(in -> {
                PenilaianKinerja.Builder penilaian = PenilaianKinerja.builder()
                        .skp(in.object("skp", SKP))
                        .nilaiPerilaku(in.decimal("nilaiPerilaku"))
                        .usesPeerOrSubordinateInput(in.flag("usesPeerOrSubordinateInput"))
                        .inovasi(in.flag("inovasi"));
                return in.build(penilaian::build);
            })
            .build();

    static final Codec<CapaianIki> CAPAIAN_IKI = Codec.builder(CapaianIki.class, "permen2021.CapaianIki",
                    "The capaian (achievement) of one IKI in percent, with how it was obtained.")
            .required("percent", Shape.DECIMAL)
            .required("basis", Shape.code(Enums.CAPAIAN_BASIS))
            .required("steps", STEPS)
            .writer((capaian, out) -> out
                    .decimal("percent", capaian.percent())
                    .code("basis", Enums.CAPAIAN_BASIS, capaian.basis())
                    .list("steps", CoreCodecs.STEP, capaian.steps()))
            .build();

    static final Codec<NilaiCapaianIki> NILAI_CAPAIAN_IKI = Codec.builder(NilaiCapaianIki.class,
                    "permen2021.NilaiCapaianIki", "The nilai of one IKI from its capaian, with its kategori.")
            .required("capaian", Shape.DECIMAL)
            .required("capaianUsed", Shape.DECIMAL)
            .required("kategori", Shape.code(Enums.KATEGORI_CAPAIAN_IKI))
            .required("nilai", Shape.DECIMAL)
            .required("steps", STEPS)
            .writer((nilai, out) -> out
                    .decimal("capaian", nilai.capaian())
                    .decimal("capaianUsed", nilai.capaianUsed())
                    .code("kategori", Enums.KATEGORI_CAPAIAN_IKI, nilai.kategori())
                    .decimal("nilai", nilai.nilai())
                    .list("steps", CoreCodecs.STEP, nilai.steps()))
            .build();

    static final Codec<HasilIki> HASIL_IKI = Codec.builder(HasilIki.class, "permen2021.HasilIki",
                    "The result of one IKI: its capaian, its nilai and the nilai used for the rencana kinerja.")
            .required("iki", Shape.object(IKI))
            .required("capaian", Shape.object(CAPAIAN_IKI))
            .required("nilai", Shape.object(NILAI_CAPAIAN_IKI))
            .required("nilaiUsed", Shape.DECIMAL)
            .writer((hasil, out) -> out
                    .object("iki", IKI, hasil.iki())
                    .object("capaian", CAPAIAN_IKI, hasil.capaian())
                    .object("nilai", NILAI_CAPAIAN_IKI, hasil.nilai())
                    .decimal("nilaiUsed", hasil.nilaiUsed()))
            .build();

    static final Codec<HasilRencanaKinerja> HASIL_RENCANA_KINERJA = Codec.builder(HasilRencanaKinerja.class,
                    "permen2021.HasilRencanaKinerja",
                    "The result of one rencana kinerja: its IKI results, nilai, weight and nilai tertimbang.")
            .required("rencanaKinerja", Shape.object(RENCANA_KINERJA))
            .required("iki", Shape.listOf(HASIL_IKI))
            .required("nilai", Shape.DECIMAL)
            .required("weight", Shape.DECIMAL)
            .required("nilaiTertimbang", Shape.DECIMAL)
            .required("steps", STEPS)
            .writer((hasil, out) -> out
                    .object("rencanaKinerja", RENCANA_KINERJA, hasil.rencanaKinerja())
                    .list("iki", HASIL_IKI, hasil.iki())
                    .decimal("nilai", hasil.nilai())
                    .decimal("weight", hasil.weight())
                    .decimal("nilaiTertimbang", hasil.nilaiTertimbang())
                    .list("steps", CoreCodecs.STEP, hasil.steps()))
            .build();

    static final Codec<NilaiAkhir> NILAI_AKHIR = Codec.builder(NilaiAkhir.class, "permen2021.NilaiAkhir",
                    "The nilai akhir (final score) from nilai SKP and nilai perilaku, with the predikat.")
            .required("nilaiSkp", Shape.DECIMAL)
            .required("nilaiPerilaku", Shape.DECIMAL)
            .required("weights", Shape.code(Enums.PRESTASI_WEIGHTS))
            .required("inovasi", Shape.BOOLEAN)
            .required("nilai", Shape.DECIMAL)
            .required("nilaiRounded", Shape.DECIMAL)
            .required("predikat", Shape.code(Enums.PREDIKAT_PP30))
            .required("steps", STEPS)
            .writer((akhir, out) -> out
                    .decimal("nilaiSkp", akhir.nilaiSkp())
                    .decimal("nilaiPerilaku", akhir.nilaiPerilaku())
                    .code("weights", Enums.PRESTASI_WEIGHTS, akhir.weights())
                    .bool("inovasi", akhir.inovasi())
                    .decimal("nilai", akhir.nilai())
                    .decimal("nilaiRounded", akhir.nilaiRounded())
                    .code("predikat", Enums.PREDIKAT_PP30, akhir.predikat())
                    .list("steps", CoreCodecs.STEP, akhir.steps()))
            .build();

    static final Codec<HasilPenilaian> HASIL_PENILAIAN = Codec.builder(HasilPenilaian.class,
                    "permen2021.HasilPenilaian",
                    "The appraisal result under PermenPANRB 8/2021 with its input, settings and explanation; read by"
                            + " scoring the recorded input again and comparing.")
            .required("ruleSetId", Shape.TEXT)
            .required("input", Shape.object(PENILAIAN))
            .required("gapPolicy", Shape.code(Enums.CAPAIAN_GAP_POLICY))
            .required("rounding", Shape.object(CoreCodecs.ROUNDING))
            .required("rencanaKinerja", Shape.listOf(HASIL_RENCANA_KINERJA))
            .required("nilaiUtama", Shape.DECIMAL)
            .required("nilaiTambahan", Shape.DECIMAL)
            .required("nilaiSkp", Shape.DECIMAL)
            .required("nilaiSkpRounded", Shape.DECIMAL)
            .required("nilaiAkhir", Shape.object(NILAI_AKHIR))
            .required("steps", STEPS)
            .writer((hasil, out) -> out
                    .text("ruleSetId", hasil.ruleSetId())
                    .object("input", PENILAIAN, hasil.input())
                    .code("gapPolicy", Enums.CAPAIAN_GAP_POLICY, hasil.gapPolicy())
                    .object("rounding", CoreCodecs.ROUNDING, hasil.rounding())
                    .list("rencanaKinerja", HASIL_RENCANA_KINERJA, hasil.rencanaKinerja())
                    .decimal("nilaiUtama", hasil.nilaiUtama())
                    .decimal("nilaiTambahan", hasil.nilaiTambahan())
                    .decimal("nilaiSkp", hasil.nilaiSkp())
                    .decimal("nilaiSkpRounded", hasil.nilaiSkpRounded())
                    .object("nilaiAkhir", NILAI_AKHIR, hasil.nilaiAkhir())
                    .list("steps", CoreCodecs.STEP, hasil.steps()))
            .reader(in -> {
                PenilaianKinerja input = in.object("input", PENILAIAN);
                CapaianGapPolicy gapPolicy = in.code("gapPolicy", Enums.CAPAIAN_GAP_POLICY);
                RoundingPolicy rounding = in.object("rounding", CoreCodecs.ROUNDING);
                HasilPenilaian hasil = in.build(() -> Permen2021Scorer.of(NilaiCapaianTable.of(gapPolicy), rounding)
                        .score(input));
                Recomputation.verify(in.in(), Permen2021Codecs.HASIL_PENILAIAN.write(hasil));
                return hasil;
            })
            .build();

    private Permen2021Codecs() {}
}
