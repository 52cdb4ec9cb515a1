package io.github.kinerja.json;

import io.github.kinerja.core.pp46.calc.AspekResult;
import io.github.kinerja.core.pp46.calc.CapaianSkpResult;
import io.github.kinerja.core.pp46.calc.KegiatanResult;
import io.github.kinerja.core.pp46.calc.Nilai;
import io.github.kinerja.core.pp46.calc.PerilakuResult;
import io.github.kinerja.core.pp46.calc.PrestasiResult;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.json.internal.Enums;
import java.math.BigDecimal;

/**
 * The codecs of the PP 46/2011 appraisal result. The result and its parts have public builders in core and are read
 * directly. The result does not record the SKP it was scored from, so a read result is restored value by value and
 * cannot be recomputed.
 */
final class Pp46ResultCodecs {

    private static final Shape STEPS = Shape.listOf(CoreCodecs.STEP);

    static final Codec<AspekResult> ASPEK = Codec.builder(AspekResult.class, "pp46.AspekResult",
                    "The score of one aspect of a kegiatan, with the waktu or biaya efficiency and its branch.")
            .required("aspek", Shape.code(Enums.ASPEK_SKP))
            .required("target", Shape.DECIMAL)
            .optional("realisasi", Shape.DECIMAL)
            .optional("efisiensi", Shape.DECIMAL)
            .optional("branch", Shape.code(Enums.EFFICIENCY_BRANCH))
            .required("value", Shape.DECIMAL)
            .optional("steps", STEPS)
            .writer((aspek, out) -> out
                    .code("aspek", Enums.ASPEK_SKP, aspek.aspek())
                    .decimal("target", aspek.target())
                    .optionalDecimal("realisasi", aspek.realisasi())
                    .optionalDecimal("efisiensi", aspek.efisiensi())
                    .optionalCode("branch", Enums.EFFICIENCY_BRANCH, aspek.branch())
                    .decimal("value", aspek.value())
                    .list("steps", CoreCodecs.STEP, aspek.steps()))
            .reader(in -> {
                AspekResult.Builder aspek = AspekResult.builder()
                        .aspek(in.code("aspek", Enums.ASPEK_SKP))
                        .target(in.decimal("target"))
                        .realisasi(in.optionalDecimal("realisasi"))
                        .efisiensi(in.optionalDecimal("efisiensi"))
                        .branch(in.optionalCode("branch", Enums.EFFICIENCY_BRANCH))
                        .value(in.decimal("value"))
                        .steps(in.list("steps", CoreCodecs.STEP));
                return in.build(aspek::build);
            })
            .build();

    static final Codec<KegiatanResult> KEGIATAN = Codec.builder(KegiatanResult.class, "pp46.KegiatanResult",
                    "The score of one kegiatan: its aspects, the penghitungan (sum), the divisor 3 or 4 and the"
                            + " value.")
            .required("name", Shape.TEXT)
            .required("executed", Shape.BOOLEAN)
            .optional("aspects", Shape.listOf(ASPEK))
            .required("penghitungan", Shape.DECIMAL)
            .required("divisor", Shape.integer(1, 4))
            .required("value", Shape.DECIMAL)
            .optional("steps", STEPS)
            .writer((kegiatan, out) -> out
                    .text("name", kegiatan.name())
                    .bool("executed", kegiatan.executed())
                    .list("aspects", ASPEK, kegiatan.aspects())
                    .decimal("penghitungan", kegiatan.penghitungan())
                    .integer("divisor", kegiatan.divisor())
                    .decimal("value", kegiatan.value())
                    .list("steps", CoreCodecs.STEP, kegiatan.steps()))
            .reader(in -> {
                KegiatanResult.Builder kegiatan = KegiatanResult.builder()
                        .name(in.text("name"))
                        .executed(in.bool("executed"))
                        .aspects(in.list("aspects", ASPEK))
                        .penghitungan(in.decimal("penghitungan"))
                        .divisor(in.required("divisor", value -> value.integer(1, 4)))
                        .value(in.decimal("value"))
                        .steps(in.list("steps", CoreCodecs.STEP));
                return in.build(kegiatan::build);
            })
            .build();

    static final Codec<CapaianSkpResult> CAPAIAN_SKP = Codec.builder(CapaianSkpResult.class,
                    "pp46.CapaianSkpResult",
                    "The Nilai Capaian SKP: the mean of the kegiatan plus tugas tambahan and kreativitas.")
            .required("kegiatanMean", Shape.DECIMAL)
            .required("tugasTambahan", Shape.DECIMAL)
            .required("kreativitas", Shape.DECIMAL)
            .required("value", Shape.DECIMAL)
            .optional("steps", STEPS)
            .writer((capaian, out) -> out
                    .decimal("kegiatanMean", capaian.kegiatanMean())
                    .decimal("tugasTambahan", capaian.tugasTambahan())
                    .decimal("kreativitas", capaian.kreativitas())
                    .decimal("value", capaian.value())
                    .list("steps", CoreCodecs.STEP, capaian.steps()))
            .reader(in -> {
                CapaianSkpResult.Builder capaian = CapaianSkpResult.builder()
                        .kegiatanMean(in.decimal("kegiatanMean"))
                        .tugasTambahan(in.decimal("tugasTambahan"))
                        .kreativitas(in.decimal("kreativitas"))
                        .value(in.decimal("value"))
                        .steps(in.list("steps", CoreCodecs.STEP));
                return in.build(capaian::build);
            })
            .build();

    static final Codec<Nilai> NILAI = Codec.builder(Nilai.class, "pp46.Nilai",
                    "A score as presented: the exact value, the rounded value and its kategori.")
            .required("exact", Shape.DECIMAL)
            .required("rounded", Shape.DECIMAL)
            .required("kategori", Shape.code(Enums.KATEGORI_PP46))
            .writer((nilai, out) -> out
                    .decimal("exact", nilai.exact())
                    .decimal("rounded", nilai.rounded())
                    .code("kategori", Enums.KATEGORI_PP46, nilai.kategori()))
            .reader(in -> {
                BigDecimal exact = in.decimal("exact");
                BigDecimal rounded = in.decimal("rounded");
                var kategori = in.code("kategori", Enums.KATEGORI_PP46);
                return in.build(() -> Nilai.of(exact, rounded, kategori));
            })
            .build();

    static final Codec<PerilakuResult> PERILAKU = Codec.builder(PerilakuResult.class, "pp46.PerilakuResult",
                    "The Nilai Perilaku Kerja: the mean of the aspect scores.")
            .optional("scores", Shape.codeMap(Enums.ASPEK_PERILAKU, Shape.DECIMAL))
            .required("value", Shape.DECIMAL)
            .optional("steps", STEPS)
            .writer((perilaku, out) -> out
                    .decimalMap("scores", Enums.ASPEK_PERILAKU, perilaku.scores())
                    .decimal("value", perilaku.value())
                    .list("steps", CoreCodecs.STEP, perilaku.steps()))
            .reader(in -> {
                PerilakuResult.Builder perilaku = PerilakuResult.builder()
                        .putAllScores(in.decimalMap("scores", Enums.ASPEK_PERILAKU))
                        .value(in.decimal("value"))
                        .steps(in.list("steps", CoreCodecs.STEP));
                return in.build(perilaku::build);
            })
            .build();

    static final Codec<PrestasiResult> PRESTASI = Codec.builder(PrestasiResult.class, "pp46.PrestasiResult",
                    "The Nilai Prestasi Kerja: the weighted SKP and perilaku parts and their sum.")
            .required("skpPart", Shape.DECIMAL)
            .required("perilakuPart", Shape.DECIMAL)
            .required("value", Shape.DECIMAL)
            .optional("steps", STEPS)
            .writer((prestasi, out) -> out
                    .decimal("skpPart", prestasi.skpPart())
                    .decimal("perilakuPart", prestasi.perilakuPart())
                    .decimal("value", prestasi.value())
                    .list("steps", CoreCodecs.STEP, prestasi.steps()))
            .reader(in -> {
                PrestasiResult.Builder prestasi = PrestasiResult.builder()
                        .skpPart(in.decimal("skpPart"))
                        .perilakuPart(in.decimal("perilakuPart"))
                        .value(in.decimal("value"))
                        .steps(in.list("steps", CoreCodecs.STEP));
                return in.build(prestasi::build);
            })
            .build();

    static final Codec<Pp46Result> RESULT = Codec.builder(Pp46Result.class, "pp46.Pp46Result",
                    "The appraisal result under PP 46/2011 with every explained step.")
            .required("kegiatan", Shape.listOf(KEGIATAN))
            .required("capaianSkp", Shape.object(CAPAIAN_SKP))
            .required("nilaiCapaianSkp", Shape.object(NILAI))
            .optional("perilaku", Shape.object(PERILAKU))
            .required("kategoriPerilaku", Shape.codeMap(Enums.ASPEK_PERILAKU, Shape.code(Enums.KATEGORI_PP46)))
            .optional("nilaiPerilaku", Shape.object(NILAI))
            .optional("prestasi", Shape.object(PRESTASI))
            .optional("nilaiPrestasiKerja", Shape.object(NILAI))
            .required("roundingPolicy", Shape.object(CoreCodecs.ROUNDING))
            .required("steps", STEPS)
            .required("report", Shape.object(CoreCodecs.REPORT))
            .writer((result, out) -> out
                    .list("kegiatan", KEGIATAN, result.kegiatan())
                    .object("capaianSkp", CAPAIAN_SKP, result.capaianSkp())
                    .object("nilaiCapaianSkp", NILAI, result.nilaiCapaianSkp())
                    .optionalObject("perilaku", PERILAKU, result.perilaku())
                    .map("kategoriPerilaku", Enums.ASPEK_PERILAKU, result.kategoriPerilaku(),
                            kategori -> ObjectOut.text(Enums.KATEGORI_PP46.code(kategori)))
                    .optionalObject("nilaiPerilaku", NILAI, result.nilaiPerilaku())
                    .optionalObject("prestasi", PRESTASI, result.prestasi())
                    .optionalObject("nilaiPrestasiKerja", NILAI, result.nilaiPrestasiKerja())
                    .object("roundingPolicy", CoreCodecs.ROUNDING, result.roundingPolicy())
                    .list("steps", CoreCodecs.STEP, result.steps())
                    .object("report", CoreCodecs.REPORT, result.report()))
            .reader(in -> {
                Pp46Result.Builder result = Pp46Result.builder()
                        .kegiatan(in.requiredList("kegiatan", KEGIATAN))
                        .capaianSkp(in.object("capaianSkp", CAPAIAN_SKP))
                        .nilaiCapaianSkp(in.object("nilaiCapaianSkp", NILAI))
                        .perilaku(in.optionalObject("perilaku", PERILAKU))
                        .putAllKategoriPerilaku(in.required("kategoriPerilaku",
                                value -> value.codeMap(Enums.ASPEK_PERILAKU, kategori -> kategori.code(
                                        Enums.KATEGORI_PP46))))
                        .nilaiPerilaku(in.optionalObject("nilaiPerilaku", NILAI))
                        .prestasi(in.optionalObject("prestasi", PRESTASI))
                        .nilaiPrestasiKerja(in.optionalObject("nilaiPrestasiKerja", NILAI))
                        .roundingPolicy(in.object("roundingPolicy", CoreCodecs.ROUNDING))
                        .steps(in.requiredList("steps", CoreCodecs.STEP))
                        .report(in.object("report", CoreCodecs.REPORT));
                return in.build(result::build);
            })
            .build();

    private Pp46ResultCodecs() {}
}
