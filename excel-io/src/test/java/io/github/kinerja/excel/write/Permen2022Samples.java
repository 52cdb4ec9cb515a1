package io.github.kinerja.excel.write;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.permen2021.IkiTarget;
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
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Fixed PermenPANRB 6/2022 plans and evaluations with every kind of row the forms have.
 *
 * <p>The JA/JF plan has two RHK utama (three IKI with the aspek Kuantitas, Kualitas and Waktu, the last with a range
 * target, then one IKI) and one RHK tambahan with a qualitative target. It sets ekspektasi for two core values and
 * one Lampiran entry per section. The JPT plan groups its RHK by perspektif. The evaluation is the JA/JF plan's for
 * January 2023, with hasil kerja Di Atas and perilaku Sesuai: cell 2, Baik.
 *
 * <p>The SKP id has the form the reader makes up, {@code SKP-<NIP>-<first day>}, so that a read-back SKP equals it.
 */
public final class Permen2022Samples {

    static final String SKP_ID = "SKP-196608121994022908-2023-01-01";

    private Permen2022Samples() {}

    /** Returns the JA/JF plan. */
    public static Skp jaJf() {
        Rhk rhk1 = Rhk.builder()
                .id("1")
                .jenis(JenisRhk.UTAMA)
                .uraian("Tersusunnya rekomendasi kebijakan kepegawaian")
                .rhkAtasan(RhkReference.of("SKP-KABID-2023", "2"))
                .addIki(Iki.builder().id("1.1").aspek(AspekIki.KUANTITAS)
                        .indikator("Jumlah rekomendasi kebijakan yang disampaikan")
                        .target(IkiTarget.of(new BigDecimal("4"), "rekomendasi")).build())
                .addIki(Iki.builder().id("1.2").aspek(AspekIki.KUALITAS)
                        .indikator("Persentase rekomendasi yang diterima pimpinan")
                        .target(IkiTarget.of(new BigDecimal("90.5"), "%")).build())
                .addIki(Iki.builder().id("1.3").aspek(AspekIki.WAKTU)
                        .indikator("Waktu penyelesaian rekomendasi")
                        .target(IkiTarget.ofRange(new BigDecimal("7.5"), new BigDecimal("8"), "bulan")).build())
                .build();
        Rhk rhk2 = Rhk.builder()
                .id("2")
                .jenis(JenisRhk.UTAMA)
                .uraian("=Terkelolanya arsip kepegawaian")
                .addIki(Iki.builder().id("2.1").aspek(AspekIki.KUANTITAS)
                        .indikator("Jumlah berkas arsip yang tertata")
                        .target(IkiTarget.of(new BigDecimal("1250"), "berkas")).build())
                .build();
        Rhk rhk3 = Rhk.builder()
                .id("3")
                .jenis(JenisRhk.TAMBAHAN)
                .uraian("Terlaksananya tugas sebagai sekretaris panitia seleksi")
                .addIki(Iki.builder().id("3.1")
                        .indikator("Laporan panitia seleksi")
                        .target(IkiTarget.qualitative("Laporan diterima ketua panitia tepat waktu")).build())
                .build();
        return Skp.builder()
                .id(SKP_ID)
                .model(ModelSkp.JA_JF)
                .periode(AssessmentPeriod.ofYear(2023))
                .pegawai(Pp46Samples.PEGAWAI)
                .pejabatPenilai(Pp46Samples.PEJABAT)
                .addRhk(rhk1, rhk2, rhk3)
                .putEkspektasiKhususPimpinan(CoreValue.BERORIENTASI_PELAYANAN,
                        "Menjawab permintaan data dalam satu hari")
                .putEkspektasiKhususPimpinan(CoreValue.KOLABORATIF, "+ Aktif berbagi data dengan bidang lain")
                .addLampiran(LampiranItem.of(LampiranSkp.DUKUNGAN_SUMBER_DAYA, "Akses aplikasi SIASN"))
                .addLampiran(LampiranItem.of(LampiranSkp.SKEMA_PERTANGGUNGJAWABAN,
                        "Laporan bulanan kepada kepala bidang"))
                .addLampiran(LampiranItem.of(LampiranSkp.KONSEKUENSI, "Teguran tertulis bila target tidak tercapai"))
                .build();
    }

    /** Returns the JPT plan. */
    public static Skp jpt() {
        return Skp.builder()
                .id("SKP-197001011995031001-2023-01-01")
                .model(ModelSkp.JPT)
                .periode(AssessmentPeriod.ofYear(2023))
                .pegawai(Pp46Samples.PEJABAT)
                .addRhk(Rhk.builder().id("1").jenis(JenisRhk.UTAMA).uraian("Meningkatnya kepuasan penerima layanan")
                        .perspektif(Perspektif.PENERIMA_LAYANAN)
                        .addIki(Iki.builder().id("1.1").indikator("Indeks kepuasan masyarakat")
                                .target(IkiTarget.of(new BigDecimal("85"), "indeks")).build())
                        .build())
                .addRhk(Rhk.builder().id("2").jenis(JenisRhk.UTAMA).uraian("Terwujudnya anggaran yang akuntabel")
                        .perspektif(Perspektif.ANGGARAN)
                        .addIki(Iki.builder().id("2.1").indikator("Opini BPK atas laporan keuangan")
                                .target(IkiTarget.qualitative("Wajar tanpa pengecualian")).build())
                        .build())
                .build();
    }

    /** Returns the January 2023 evaluation of {@link #jaJf()}: Di Atas and Sesuai give cell 2, Baik. */
    public static PenilaianPegawai evaluasi() {
        Evaluasi evaluasi = Evaluasi.builder()
                .skpId(SKP_ID)
                .periode(PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1)))
                .addRealisasi(RealisasiIki.builder().ikiId("1.1").nilai(new BigDecimal("1")).satuan("rekomendasi")
                        .addBuktiDukung(BuktiDukung.of("ND-12/BKD/2023", "nota dinas rekomendasi"))
                        .build())
                .addRealisasi(RealisasiIki.builder().ikiId("2.1").nilai(new BigDecimal("130.25"))
                        .keterangan("Arsip tahun 2019 selesai")
                        .addBuktiDukung(BuktiDukung.of("https://arsip.example/2023-01"))
                        .build())
                .addUmpanBalik(UmpanBalik.builder().rhkId("1").teks("Rekomendasi sudah sesuai arah pimpinan").build())
                .addUmpanBalik(UmpanBalik.builder().coreValue(CoreValue.KOLABORATIF)
                        .teks("Pertahankan koordinasi lintas bidang").build())
                .addUmpanBalik(UmpanBalik.builder().teks("@Tingkatkan dokumentasi kegiatan").build())
                .ratingHasilKerja(Rating.DI_ATAS_EKSPEKTASI)
                .ratingPerilaku(Rating.SESUAI_EKSPEKTASI)
                .build();
        return PenilaianPegawai.builder().skp(jaJf()).evaluasi(evaluasi).build();
    }

    /** Returns {@link #evaluasi()} for a leader of a Butuh Perbaikan unit: hasil kerja Di Bawah, Butuh Perbaikan. */
    public static PenilaianPegawai evaluasiPimpinan() {
        PenilaianPegawai penilaian = evaluasi();
        Evaluasi evaluasi = Evaluasi.builder().from(penilaian.evaluasi()).ratingHasilKerja(java.util.Optional.empty())
                .build();
        return PenilaianPegawai.builder().skp(penilaian.skp()).evaluasi(evaluasi)
                .predikatUnitDipimpin(PredikatOrganisasi.BUTUH_PERBAIKAN).build();
    }
}
