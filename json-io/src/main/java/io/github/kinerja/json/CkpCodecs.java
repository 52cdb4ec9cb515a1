package io.github.kinerja.json;

import io.github.kinerja.core.ckp.CkpForm;
import io.github.kinerja.core.ckp.CkpKegiatan;
import io.github.kinerja.core.ckp.CkpKegiatanResult;
import io.github.kinerja.core.ckp.CkpResult;
import io.github.kinerja.core.ckp.FormValue;
import io.github.kinerja.json.internal.Enums;

/** The codecs of the BPS CKP forms and of the recomputed CKP. */
final class CkpCodecs {

    static final Codec<FormValue> FORM_VALUE = Codec.builder(FormValue.class, "ckp.FormValue",
                    "A number as the form itself shows it, with where it stands (empty when unknown).")
            .required("value", Shape.DECIMAL)
            .required("location", Shape.ANY_TEXT)
            .writer((value, out) -> out.decimal("value", value.value()).text("location", value.location()))
            .reader(in -> {
                var value = in.decimal("value");
                String location = in.anyText("location");
                return in.build(() -> FormValue.of(value, location));
            })
            .build();

    static final Codec<CkpKegiatan> KEGIATAN = Codec.builder(CkpKegiatan.class, "ckp.CkpKegiatan",
                    "One kegiatan row of a CKP form; every number is optional because forms leave cells empty.")
            .required("jenis", Shape.code(Enums.JENIS_KEGIATAN))
            .optional("nomor", Shape.TEXT)
            .required("uraian", Shape.TEXT)
            .optional("kelompok", Shape.TEXT)
            .optional("satuan", Shape.TEXT)
            .optional("targetKuantitas", Shape.DECIMAL)
            .optional("realisasiKuantitas", Shape.DECIMAL)
            .optional("shownCapaian", Shape.object(FORM_VALUE))
            .optional("tingkatKualitas", Shape.DECIMAL)
            .optional("kodeButir", Shape.TEXT)
            .optional("angkaKredit", Shape.DECIMAL)
            .optional("keterangan", Shape.TEXT)
            .optional("location", Shape.TEXT)
            .writer((kegiatan, out) -> out
                    .code("jenis", Enums.JENIS_KEGIATAN, kegiatan.jenis())
                    .optionalText("nomor", kegiatan.nomor())
                    .text("uraian", kegiatan.uraian())
                    .optionalText("kelompok", kegiatan.kelompok())
                    .optionalText("satuan", kegiatan.satuan())
                    .optionalDecimal("targetKuantitas", kegiatan.targetKuantitas())
                    .optionalDecimal("realisasiKuantitas", kegiatan.realisasiKuantitas())
                    .optionalObject("shownCapaian", FORM_VALUE, kegiatan.shownCapaian())
                    .optionalDecimal("tingkatKualitas", kegiatan.tingkatKualitas())
                    .optionalText("kodeButir", kegiatan.kodeButir())
                    .optionalDecimal("angkaKredit", kegiatan.angkaKredit())
                    .optionalText("keterangan", kegiatan.keterangan())
                    .optionalText("location", kegiatan.location()))
            .reader(in -> {
                CkpKegiatan.Builder kegiatan = CkpKegiatan.builder()
                        .jenis(in.code("jenis", Enums.JENIS_KEGIATAN))
                        .nomor(in.optionalText("nomor"))
                        .uraian(in.text("uraian"))
                        .kelompok(in.optionalText("kelompok"))
                        .satuan(in.optionalText("satuan"))
                        .targetKuantitas(in.optionalDecimal("targetKuantitas"))
                        .realisasiKuantitas(in.optionalDecimal("realisasiKuantitas"))
                        .shownCapaian(in.optionalObject("shownCapaian", FORM_VALUE))
                        .tingkatKualitas(in.optionalDecimal("tingkatKualitas"))
                        .kodeButir(in.optionalText("kodeButir"))
                        .angkaKredit(in.optionalDecimal("angkaKredit"))
                        .keterangan(in.optionalText("keterangan"))
                        .location(in.optionalText("location"));
                return in.build(kegiatan::build);
            })
            .build();

    static final Codec<CkpForm> FORM = Codec.builder(CkpForm.class, "ckp.CkpForm",
                    "One BPS CKP form, a CKP-T (target) or a CKP-R (realisasi), of one employee for one month.")
            .required("kind", Shape.code(Enums.CKP_KIND))
            .optional("satuanOrganisasi", Shape.TEXT)
            .optional("pegawai", Shape.object(CoreCodecs.PERSON))
            .optional("pegawaiNipText", Shape.TEXT)
            .optional("periode", Shape.TEXT)
            .optional("bulan", Shape.YEAR_MONTH)
            .optional("pejabatPenilai", Shape.object(CoreCodecs.PERSON))
            .optional("pejabatPenilaiNipText", Shape.TEXT)
            .optional("kegiatan", Shape.listOf(KEGIATAN))
            .optional("shownRataRataCapaian", Shape.object(FORM_VALUE))
            .optional("shownRataRataKualitas", Shape.object(FORM_VALUE))
            .optional("shownCkp", Shape.object(FORM_VALUE))
            .writer((form, out) -> out
                    .code("kind", Enums.CKP_KIND, form.kind())
                    .optionalText("satuanOrganisasi", form.satuanOrganisasi())
                    .optionalObject("pegawai", CoreCodecs.PERSON, form.pegawai())
                    .optionalText("pegawaiNipText", form.pegawaiNipText())
                    .optionalText("periode", form.periode())
                    .optionalYearMonth("bulan", form.bulan())
                    .optionalObject("pejabatPenilai", CoreCodecs.PERSON, form.pejabatPenilai())
                    .optionalText("pejabatPenilaiNipText", form.pejabatPenilaiNipText())
                    .list("kegiatan", KEGIATAN, form.kegiatan())
                    .optionalObject("shownRataRataCapaian", FORM_VALUE, form.shownRataRataCapaian())
                    .optionalObject("shownRataRataKualitas", FORM_VALUE, form.shownRataRataKualitas())
                    .optionalObject("shownCkp", FORM_VALUE, form.shownCkp()))
            .reader(in -> {
                CkpForm.Builder form = CkpForm.builder()
                        .kind(in.code("kind", Enums.CKP_KIND))
                        .satuanOrganisasi(in.optionalText("satuanOrganisasi"))
                        .pegawai(in.optionalObject("pegawai", CoreCodecs.PERSON))
                        .pegawaiNipText(in.optionalText("pegawaiNipText"))
                        .periode(in.optionalText("periode"))
                        .bulan(in.optionalYearMonth("bulan"))
                        .pejabatPenilai(in.optionalObject("pejabatPenilai", CoreCodecs.PERSON))
                        .pejabatPenilaiNipText(in.optionalText("pejabatPenilaiNipText"))
                        .kegiatan(in.list("kegiatan", KEGIATAN))
                        .shownRataRataCapaian(in.optionalObject("shownRataRataCapaian", FORM_VALUE))
                        .shownRataRataKualitas(in.optionalObject("shownRataRataKualitas", FORM_VALUE))
                        .shownCkp(in.optionalObject("shownCkp", FORM_VALUE));
                return in.build(form::build);
            })
            .build();

    static final Codec<CkpKegiatanResult> KEGIATAN_RESULT = Codec.builder(CkpKegiatanResult.class,
                    "ckp.CkpKegiatanResult", "The recomputed capaian of one kegiatan, next to the kegiatan.")
            .required("kegiatan", Shape.object(KEGIATAN))
            .optional("capaian", Shape.DECIMAL)
            .writer((result, out) -> out
                    .object("kegiatan", KEGIATAN, result.kegiatan())
                    .optionalDecimal("capaian", result.capaian()))
            .reader(in -> {
                CkpKegiatan kegiatan = in.object("kegiatan", KEGIATAN);
                var capaian = in.optionalDecimal("capaian");
                return in.build(() -> CkpKegiatanResult.of(kegiatan, capaian));
            })
            .build();

    static final Codec<CkpResult> RESULT = Codec.builder(CkpResult.class, "ckp.CkpResult",
                    "The recomputed CKP of a CKP-R form with its explanation steps and its report.")
            .required("form", Shape.object(FORM))
            .required("capaianCap", Shape.code(Enums.CAPAIAN_CAP))
            .optional("kegiatan", Shape.listOf(KEGIATAN_RESULT))
            .optional("rataRataCapaian", Shape.DECIMAL)
            .optional("rataRataKualitas", Shape.DECIMAL)
            .optional("ckp", Shape.DECIMAL)
            .optional("steps", Shape.listOf(CoreCodecs.STEP))
            .required("report", Shape.object(CoreCodecs.REPORT))
            .writer((result, out) -> out
                    .object("form", FORM, result.form())
                    .code("capaianCap", Enums.CAPAIAN_CAP, result.capaianCap())
                    .list("kegiatan", KEGIATAN_RESULT, result.kegiatan())
                    .optionalDecimal("rataRataCapaian", result.rataRataCapaian())
                    .optionalDecimal("rataRataKualitas", result.rataRataKualitas())
                    .optionalDecimal("ckp", result.ckp())
                    .list("steps", CoreCodecs.STEP, result.steps())
                    .object("report", CoreCodecs.REPORT, result.report()))
            .reader(in -> {
                CkpResult.Builder result = CkpResult.builder()
                        .form(in.object("form", FORM))
                        .capaianCap(in.code("capaianCap", Enums.CAPAIAN_CAP))
                        .kegiatan(in.list("kegiatan", KEGIATAN_RESULT))
                        .rataRataCapaian(in.optionalDecimal("rataRataCapaian"))
                        .rataRataKualitas(in.optionalDecimal("rataRataKualitas"))
                        .ckp(in.optionalDecimal("ckp"))
                        .steps(in.list("steps", CoreCodecs.STEP))
                        .report(in.object("report", CoreCodecs.REPORT));
                return in.build(result::build);
            })
            .build();

    private CkpCodecs() {}
}
