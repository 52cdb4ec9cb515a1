package io.github.kinerja.json;

import com.fasterxml.jackson.databind.node.IntNode;
import io.github.kinerja.core.recap.ActivityLogEntry;
import io.github.kinerja.core.recap.AktivitasRow;
import io.github.kinerja.core.recap.PrestasiKerjaRecap;
import io.github.kinerja.core.recap.PrestasiKerjaRow;
import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.recap.RencanaKinerjaRow;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.json.internal.Enums;

/**
 * The codecs of the recaps and flat lists that HRIS exports hold: unit recaps, PP 46/2011 prestasi kerja recaps, RHK
 * lists, activity logs and activity lists. Every value is kept as the export states it, so each is read directly.
 */
final class RecapCodecs {

    // A year outside this range is a typing error in an export rather than a plan year.
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2999;

    static final Codec<RecapRow> RECAP_ROW = Codec.builder(RecapRow.class, "recap.RecapRow",
                    "One employee of a unit recap: identity, the two ratings and the predikat as the report states"
                            + " them.")
            .optional("nomor", Shape.TEXT)
            .optional("nipText", Shape.TEXT)
            .optional("nip", Shape.NIP)
            .required("nama", Shape.TEXT)
            .optional("jabatan", Shape.TEXT)
            .optional("unor", Shape.TEXT)
            .optional("unorInduk", Shape.TEXT)
            .optional("golongan", Shape.code(Enums.GOLONGAN))
            .optional("jenisPegawai", Shape.TEXT)
            .optional("hasilKerja", Shape.code(Enums.RATING))
            .optional("perilakuKerja", Shape.code(Enums.RATING))
            .optional("predikat", Shape.code(Enums.PREDIKAT_PEGAWAI))
            .writer((row, out) -> out
                    .optionalText("nomor", row.nomor())
                    .optionalText("nipText", row.nipText())
                    .optionalNip("nip", row.nip())
                    .text("nama", row.nama())
                    .optionalText("jabatan", row.jabatan())
                    .optionalText("unor", row.unor())
                    .optionalText("unorInduk", row.unorInduk())
                    .optionalCode("golongan", Enums.GOLONGAN, row.golongan())
                    .optionalText("jenisPegawai", row.jenisPegawai())
                    .optionalCode("hasilKerja", Enums.RATING, row.hasilKerja())
                    .optionalCode("perilakuKerja", Enums.RATING, row.perilakuKerja())
                    .optionalCode("predikat", Enums.PREDIKAT_PEGAWAI, row.predikat()))
            .reader(in -> {
                RecapRow.Builder row = RecapRow.builder()
                        .nomor(in.optionalText("nomor"))
                        .nipText(in.optionalText("nipText"))
                        .nip(in.optionalNip("nip"))
                        .nama(in.text("nama"))
                        .jabatan(in.optionalText("jabatan"))
                        .unor(in.optionalText("unor"))
                        .unorInduk(in.optionalText("unorInduk"))
                        .golongan(in.optionalCode("golongan", Enums.GOLONGAN))
                        .jenisPegawai(in.optionalText("jenisPegawai"))
                        .hasilKerja(in.optionalCode("hasilKerja", Enums.RATING))
                        .perilakuKerja(in.optionalCode("perilakuKerja", Enums.RATING))
                        .predikat(in.optionalCode("predikat", Enums.PREDIKAT_PEGAWAI));
                return in.build(row::build);
            })
            .build();

    static final Codec<UnitRecap> UNIT_RECAP = Codec.builder(UnitRecap.class, "recap.UnitRecap",
                    "A PermenPANRB 6/2022 recap of one unit: the report's metadata as text and one row per"
                            + " employee.")
            .optional("title", Shape.TEXT)
            .optional("instansi", Shape.TEXT)
            .optional("periode", Shape.TEXT)
            .optional("unorInduk", Shape.TEXT)
            .optional("unor", Shape.TEXT)
            .optional("dataDitarikPada", Shape.TEXT)
            .optional("rows", Shape.listOf(RECAP_ROW))
            .writer((recap, out) -> out
                    .optionalText("title", recap.title())
                    .optionalText("instansi", recap.instansi())
                    .optionalText("periode", recap.periode())
                    .optionalText("unorInduk", recap.unorInduk())
                    .optionalText("unor", recap.unor())
                    .optionalText("dataDitarikPada", recap.dataDitarikPada())
                    .list("rows", RECAP_ROW, recap.rows()))
            .reader(in -> {
                UnitRecap.Builder recap = UnitRecap.builder()
                        .title(in.optionalText("title"))
                        .instansi(in.optionalText("instansi"))
                        .periode(in.optionalText("periode"))
                        .unorInduk(in.optionalText("unorInduk"))
                        .unor(in.optionalText("unor"))
                        .dataDitarikPada(in.optionalText("dataDitarikPada"))
                        .rows(in.list("rows", RECAP_ROW));
                return in.build(recap::build);
            })
            .build();

    static final Codec<PrestasiKerjaRow> PRESTASI_KERJA_ROW = Codec.builder(PrestasiKerjaRow.class,
                    "recap.PrestasiKerjaRow",
                    "One employee of a PP 46/2011 prestasi kerja recap: nilai SKP, the six perilaku scores and the"
                            + " Nilai Prestasi Kerja as printed.")
            .optional("nipText", Shape.TEXT)
            .optional("nip", Shape.NIP)
            .required("nama", Shape.TEXT)
            .optional("nilaiSkp", Shape.DECIMAL)
            .optional("nilaiSkpTertimbang", Shape.DECIMAL)
            .optional("orientasiPelayanan", Shape.DECIMAL)
            .optional("integritas", Shape.DECIMAL)
            .optional("komitmen", Shape.DECIMAL)
            .optional("disiplin", Shape.DECIMAL)
            .optional("kerjaSama", Shape.DECIMAL)
            .optional("kepemimpinan", Shape.DECIMAL)
            .optional("jumlahPerilaku", Shape.DECIMAL)
            .optional("rataRataPerilaku", Shape.DECIMAL)
            .optional("nilaiPerilakuTertimbang", Shape.DECIMAL)
            .optional("nilaiPrestasiKerja", Shape.DECIMAL)
            .optional("unitKerja", Shape.TEXT)
            .optional("unitInduk", Shape.TEXT)
            .writer((row, out) -> out
                    .optionalText("nipText", row.nipText())
                    .optionalNip("nip", row.nip())
                    .text("nama", row.nama())
                    .optionalDecimal("nilaiSkp", row.nilaiSkp())
                    .optionalDecimal("nilaiSkpTertimbang", row.nilaiSkpTertimbang())
                    .optionalDecimal("orientasiPelayanan", row.orientasiPelayanan())
                    .optionalDecimal("integritas", row.integritas())
                    .optionalDecimal("komitmen", row.komitmen())
                    .optionalDecimal("disiplin", row.disiplin())
                    .optionalDecimal("kerjaSama", row.kerjaSama())
                    .optionalDecimal("kepemimpinan", row.kepemimpinan())
                    .optionalDecimal("jumlahPerilaku", row.jumlahPerilaku())
                    .optionalDecimal("rataRataPerilaku", row.rataRataPerilaku())
                    .optionalDecimal("nilaiPerilakuTertimbang", row.nilaiPerilakuTertimbang())
                    .optionalDecimal("nilaiPrestasiKerja", row.nilaiPrestasiKerja())
                    .optionalText("unitKerja", row.unitKerja())
                    .optionalText("unitInduk", row.unitInduk()))
            .reader(in -> {
                PrestasiKerjaRow.Builder row = PrestasiKerjaRow.builder()
                        .nipText(in.optionalText("nipText"))
                        .nip(in.optionalNip("nip"))
                        .nama(in.text("nama"))
                        .nilaiSkp(in.optionalDecimal("nilaiSkp"))
                        .nilaiSkpTertimbang(in.optionalDecimal("nilaiSkpTertimbang"))
                        .orientasiPelayanan(in.optionalDecimal("orientasiPelayanan"))
                        .integritas(in.optionalDecimal("integritas"))
                        .komitmen(in.optionalDecimal("komitmen"))
                        .disiplin(in.optionalDecimal("disiplin"))
                        .kerjaSama(in.optionalDecimal("kerjaSama"))
                        .kepemimpinan(in.optionalDecimal("kepemimpinan"))
                        .jumlahPerilaku(in.optionalDecimal("jumlahPerilaku"))
                        .rataRataPerilaku(in.optionalDecimal("rataRataPerilaku"))
                        .nilaiPerilakuTertimbang(in.optionalDecimal("nilaiPerilakuTertimbang"))
                        .nilaiPrestasiKerja(in.optionalDecimal("nilaiPrestasiKerja"))
                        .unitKerja(in.optionalText("unitKerja"))
                        .unitInduk(in.optionalText("unitInduk"));
                return in.build(row::build);
            })
            .build();

    static final Codec<PrestasiKerjaRecap> PRESTASI_KERJA_RECAP = Codec.builder(PrestasiKerjaRecap.class,
                    "recap.PrestasiKerjaRecap",
                    "A PP 46/2011 recap of the Nilai Prestasi Kerja of several employees for one year.")
            .optional("tahun", Shape.integer(MIN_YEAR, MAX_YEAR))
            .optional("rows", Shape.listOf(PRESTASI_KERJA_ROW))
            .writer((recap, out) -> out
                    .optional("tahun", recap.tahun(), IntNode::valueOf)
                    .list("rows", PRESTASI_KERJA_ROW, recap.rows()))
            .reader(in -> {
                PrestasiKerjaRecap.Builder recap = PrestasiKerjaRecap.builder()
                        .tahun(in.optional("tahun", value -> value.integer(MIN_YEAR, MAX_YEAR)))
                        .rows(in.list("rows", PRESTASI_KERJA_ROW));
                return in.build(recap::build);
            })
            .build();

    static final Codec<RencanaKinerjaRow> RENCANA_KINERJA_ROW = Codec.builder(RencanaKinerjaRow.class,
                    "recap.RencanaKinerjaRow",
                    "One RHK of a flat export of annual plans, with the text of the leader's RHK it intervenes.")
            .optional("id", Shape.TEXT)
            .required("uraian", Shape.TEXT)
            .optional("rhkAtasan", Shape.TEXT)
            .optional("tahun", Shape.integer(MIN_YEAR, MAX_YEAR))
            .optional("tim", Shape.TEXT)
            .writer((row, out) -> out
                    .optionalText("id", row.id())
                    .text("uraian", row.uraian())
                    .optionalText("rhkAtasan", row.rhkAtasan())
                    .optional("tahun", row.tahun(), IntNode::valueOf)
                    .optionalText("tim", row.tim()))
            .reader(in -> {
                RencanaKinerjaRow.Builder row = RencanaKinerjaRow.builder()
                        .id(in.optionalText("id"))
                        .uraian(in.text("uraian"))
                        .rhkAtasan(in.optionalText("rhkAtasan"))
                        .tahun(in.optional("tahun", value -> value.integer(MIN_YEAR, MAX_YEAR)))
                        .tim(in.optionalText("tim"));
                return in.build(row::build);
            })
            .build();

    static final Codec<ActivityLogEntry> ACTIVITY_LOG_ENTRY = Codec.builder(ActivityLogEntry.class,
                    "recap.ActivityLogEntry",
                    "One entry of a daily activity log: the date, the optional time of day and what was done.")
            .required("tanggal", Shape.DATE)
            .optional("waktu", Shape.TIME)
            .required("deskripsi", Shape.TEXT)
            .writer((entry, out) -> out
                    .date("tanggal", entry.tanggal())
                    .optionalTime("waktu", entry.waktu())
                    .text("deskripsi", entry.deskripsi()))
            .reader(in -> {
                ActivityLogEntry.Builder entry = ActivityLogEntry.builder()
                        .tanggal(in.date("tanggal"))
                        .waktu(in.optionalTime("waktu"))
                        .deskripsi(in.text("deskripsi"));
                return in.build(entry::build);
            })
            .build();

    static final Codec<AktivitasRow> AKTIVITAS_ROW = Codec.builder(AktivitasRow.class, "recap.AktivitasRow",
                    "One activity of an activity list: its description, the unit of its result and its time as"
                            + " the list gives it, without a unit.")
            .optional("nomor", Shape.TEXT)
            .required("uraian", Shape.TEXT)
            .optional("satuan", Shape.TEXT)
            .optional("waktu", Shape.DECIMAL)
            .writer((row, out) -> out
                    .optionalText("nomor", row.nomor())
                    .text("uraian", row.uraian())
                    .optionalText("satuan", row.satuan())
                    .optionalDecimal("waktu", row.waktu()))
            .reader(in -> {
                AktivitasRow.Builder row = AktivitasRow.builder()
                        .nomor(in.optionalText("nomor"))
                        .uraian(in.text("uraian"))
                        .satuan(in.optionalText("satuan"))
                        .waktu(in.optionalDecimal("waktu"));
                return in.build(row::build);
            })
            .build();

    private RecapCodecs() {}
}
