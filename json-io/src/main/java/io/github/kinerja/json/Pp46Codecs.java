package io.github.kinerja.json;

import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.PerilakuKerja;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.TugasTambahan;
import io.github.kinerja.json.internal.Enums;

/** The codecs of the SKP under PP 46/2011 with Perka BKN 1/2013. */
final class Pp46Codecs {

    static final Codec<Target> TARGET = Codec.builder(Target.class, "pp46.Target",
                    "The target side of a kegiatan: kuantitas, kualitas, waktu, the optional biaya in Rupiah and the"
                            + " optional angka kredit.")
            .optional("angkaKredit", Shape.DECIMAL)
            .required("kuantitas", Shape.DECIMAL)
            .required("kualitas", Shape.DECIMAL)
            .required("waktu", Shape.DECIMAL)
            .optional("biaya", Shape.DECIMAL)
            .writer((target, out) -> out
                    .optionalDecimal("angkaKredit", target.angkaKredit())
                    .decimal("kuantitas", target.kuantitas())
                    .decimal("kualitas", target.kualitas())
                    .decimal("waktu", target.waktu())
                    .optionalDecimal("biaya", target.biaya()))
            .reader(in -> {
                Target.Builder target = Target.builder()
                        .angkaKredit(in.optionalDecimal("angkaKredit"))
                        .kuantitas(in.decimal("kuantitas"))
                        .kualitas(in.decimal("kualitas"))
                        .waktu(in.decimal("waktu"))
                        .biaya(in.optionalDecimal("biaya"));
                return in.build(target::build);
            })
            .build();

    static final Codec<Realisasi> REALISASI = Codec.builder(Realisasi.class, "pp46.Realisasi",
                    "The realisasi side of a kegiatan: kuantitas, kualitas, waktu, the optional biaya in Rupiah and"
                            + " the optional angka kredit.")
            .optional("angkaKredit", Shape.DECIMAL)
            .required("kuantitas", Shape.DECIMAL)
            .required("kualitas", Shape.DECIMAL)
            .required("waktu", Shape.DECIMAL)
            .optional("biaya", Shape.DECIMAL)
            .writer((realisasi, out) -> out
                    .optionalDecimal("angkaKredit", realisasi.angkaKredit())
                    .decimal("kuantitas", realisasi.kuantitas())
                    .decimal("kualitas", realisasi.kualitas())
                    .decimal("waktu", realisasi.waktu())
                    .optionalDecimal("biaya", realisasi.biaya()))
            .reader(in -> {
                Realisasi.Builder realisasi = Realisasi.builder()
                        .angkaKredit(in.optionalDecimal("angkaKredit"))
                        .kuantitas(in.decimal("kuantitas"))
                        .kualitas(in.decimal("kualitas"))
                        .waktu(in.decimal("waktu"))
                        .biaya(in.optionalDecimal("biaya"));
                return in.build(realisasi::build);
            })
            .build();

    static final Codec<Kegiatan> KEGIATAN = Codec.builder(Kegiatan.class, "pp46.Kegiatan",
                    "A kegiatan tugas jabatan: one row of the SKP; without realisasi it was not executed.")
            .required("name", Shape.TEXT)
            .optional("satuanOutput", Shape.TEXT)
            .optional("satuanWaktu", Shape.code(Enums.SATUAN_WAKTU))
            .optional("target", Shape.object(TARGET))
            .optional("realisasi", Shape.object(REALISASI))
            .writer((kegiatan, out) -> out
                    .text("name", kegiatan.name())
                    .optionalText("satuanOutput", kegiatan.satuanOutput())
                    .code("satuanWaktu", Enums.SATUAN_WAKTU, kegiatan.satuanWaktu())
                    .optionalObject("target", TARGET, kegiatan.target())
                    .optionalObject("realisasi", REALISASI, kegiatan.realisasi()))
            .reader(in -> {
                Kegiatan.Builder kegiatan = Kegiatan.builder()
                        .name(in.text("name"))
                        .satuanOutput(in.optionalText("satuanOutput"))
                        .target(in.optionalObject("target", TARGET))
                        .realisasi(in.optionalObject("realisasi", REALISASI));
                in.optionalCode("satuanWaktu", Enums.SATUAN_WAKTU).ifPresent(kegiatan::satuanWaktu);
                return in.build(kegiatan::build);
            })
            .build();

    static final Codec<TugasTambahan> TUGAS_TAMBAHAN = Codec.builder(TugasTambahan.class, "pp46.TugasTambahan",
                    "A tugas tambahan (additional task); their number sets the value added to the SKP.")
            .required("description", Shape.TEXT)
            .writer((tugas, out) -> out.text("description", tugas.description()))
            .reader(in -> {
                String description = in.text("description");
                return in.build(() -> TugasTambahan.of(description));
            })
            .build();

    static final Codec<Kreativitas> KREATIVITAS = Codec.builder(Kreativitas.class, "pp46.Kreativitas",
                    "A kreativitas item with the reach of its benefit.")
            .required("description", Shape.TEXT)
            .required("manfaat", Shape.code(Enums.MANFAAT_KREATIVITAS))
            .writer((kreativitas, out) -> out
                    .text("description", kreativitas.description())
                    .code("manfaat", Enums.MANFAAT_KREATIVITAS, kreativitas.manfaat()))
            .reader(in -> {
                String description = in.text("description");
                var manfaat = in.code("manfaat", Enums.MANFAAT_KREATIVITAS);
                return in.build(() -> Kreativitas.of(description, manfaat));
            })
            .build();

    static final Codec<PerilakuKerja> PERILAKU = Codec.builder(PerilakuKerja.class, "pp46.PerilakuKerja",
                    "The perilaku kerja scores, 0 to 100, keyed by aspect code.")
            .optional("scores", Shape.codeMap(Enums.ASPEK_PERILAKU, Shape.DECIMAL))
            .writer((perilaku, out) -> out.decimalMap("scores", Enums.ASPEK_PERILAKU, perilaku.scores()))
            .reader(in -> {
                var scores = in.decimalMap("scores", Enums.ASPEK_PERILAKU);
                return in.build(() -> PerilakuKerja.of(scores));
            })
            .build();

    static final Codec<SkpPp46> SKP = Codec.builder(SkpPp46.class, "pp46.SkpPp46",
                    "An SKP under PP 46/2011 with its realisasi, tugas tambahan, kreativitas and perilaku kerja.")
            .required("pegawai", Shape.object(CoreCodecs.PERSON))
            .optional("pejabatPenilai", Shape.object(CoreCodecs.PERSON))
            .optional("atasanPejabatPenilai", Shape.object(CoreCodecs.PERSON))
            .required("period", Shape.object(CoreCodecs.PERIOD))
            .optional("kegiatan", Shape.listOf(KEGIATAN))
            .optional("tugasTambahan", Shape.listOf(TUGAS_TAMBAHAN))
            .optional("kreativitas", Shape.listOf(KREATIVITAS))
            .optional("perilaku", Shape.object(PERILAKU))
            .writer((skp, out) -> out
                    .object("pegawai", CoreCodecs.PERSON, skp.pegawai())
                    .optionalObject("pejabatPenilai", CoreCodecs.PERSON, skp.pejabatPenilai())
                    .optionalObject("atasanPejabatPenilai", CoreCodecs.PERSON, skp.atasanPejabatPenilai())
                    .object("period", CoreCodecs.PERIOD, skp.period())
                    .list("kegiatan", KEGIATAN, skp.kegiatan())
                    .list("tugasTambahan", TUGAS_TAMBAHAN, skp.tugasTambahan())
                    .list("kreativitas", KREATIVITAS, skp.kreativitas())
                    .optionalObject("perilaku", PERILAKU, skp.perilaku()))
            .reader(in -> {
                SkpPp46.Builder skp = SkpPp46.builder()
                        .pegawai(in.object("pegawai", CoreCodecs.PERSON))
                        .pejabatPenilai(in.optionalObject("pejabatPenilai", CoreCodecs.PERSON))
                        .atasanPejabatPenilai(in.optionalObject("atasanPejabatPenilai", CoreCodecs.PERSON))
                        .period(in.object("period", CoreCodecs.PERIOD))
                        .kegiatan(in.list("kegiatan", KEGIATAN))
                        .tugasTambahan(in.list("tugasTambahan", TUGAS_TAMBAHAN))
                        .kreativitas(in.list("kreativitas", KREATIVITAS))
                        .perilaku(in.optionalObject("perilaku", PERILAKU));
                return in.build(skp::build);
            })
            .build();

    private Pp46Codecs() {}
}
