package io.github.kinerja.excel.write;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2021.Iki;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.JenisKinerja;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2021.Skp;
import io.github.kinerja.core.permen2021.TargetDirection;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fixed PermenPANRB 8/2021 appraisals built from the spec's test vectors.
 *
 * <p>{@link #spec()} is the regulation's worked example: two kinerja utama of equal weight with nilai 118.4
 * (capaian 108.56 %) and 87.2 (capaian 97.2 %), so nilai tertimbang 59.2 + 43.6 and nilai SKP 102.8; with nilai
 * perilaku 95 and 70/30 the nilai akhir is 71.96 + 28.5 = 100.46, Baik.
 *
 * <p>{@link #varied()} has every kind of row the form has: a range target met from below (70 against 80-90:
 * 87.5 %, nilai 77.5), a kondisi khusus range (6.5 months against 7-8: 107.142857… %, nilai 116.83…), a maximum
 * attainable target at 100 % (nilai 120), a qualitative target with the appraiser's capaian 100 (nilai 109), an IKI
 * without realisasi (0), IKI bobot, kinerja utama bobot, a kinerja tambahan with bobot and one without.
 */
public final class Permen2021Samples {

    public static final Person PEGAWAI = Person.builder()
            .name("Siti Aminah, S.E.")
            .nip(Nip.parse("19660812 199402 2 908"))
            .golongan(Golongan.III_B)
            .jabatan("Analis Kepegawaian")
            .unitKerja("BKD Kabupaten Contoh")
            .build();
    public static final Person PEJABAT = Person.builder()
            .name("Budi Santoso, M.Si.")
            .nip(Nip.parse("19700101 199503 1 001"))
            .golongan(Golongan.IV_A)
            .jabatan("Kepala Bidang Pengembangan Pegawai")
            .unitKerja("BKD Kabupaten Contoh")
            .build();
    public static final Person ATASAN = Person.builder()
            .name("Dewi Lestari, M.M.")
            .golongan(Golongan.IV_C)
            .jabatan("Kepala BKD")
            .build();
    public static final AssessmentPeriod PERIOD =
            AssessmentPeriod.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31));

    private Permen2021Samples() {}

    /** Returns the regulation's worked example: nilai SKP 102.8, nilai akhir 100.46, Baik. */
    public static PenilaianKinerja spec() {
        Skp skp = Skp.builder()
                .pegawai(PEGAWAI)
                .pejabatPenilai(PEJABAT)
                .periode(PERIOD)
                .addRencanaKinerja(rencana("1", JenisKinerja.UTAMA, "Tersusunnya rencana kebutuhan pegawai",
                        iki("1.1", "Persentase formasi yang disusun tepat waktu", IkiTarget.of(d("100"), "%"),
                                "108.56")))
                .addRencanaKinerja(rencana("2", JenisKinerja.UTAMA, "Terlaksananya pengembangan kompetensi",
                        iki("2.1", "Persentase pegawai yang mengikuti pelatihan", IkiTarget.of(d("100"), "%"),
                                "97.2")))
                .build();
        return PenilaianKinerja.builder().skp(skp).nilaiPerilaku(d("95")).build();
    }

    /** Returns the appraisal with every kind of row; nilai perilaku 88.5, 60/40, with innovation. */
    public static PenilaianKinerja varied() {
        RencanaKinerja first = RencanaKinerja.builder()
                .id("1")
                .jenis(JenisKinerja.UTAMA)
                .uraian("Tersusunnya dokumen perencanaan pegawai")
                .rencanaKinerjaAtasan("Meningkatnya kualitas perencanaan ASN")
                .bobot(d("60"))
                .addIki(iki("1.1", "Jumlah dokumen analisis jabatan",
                        IkiTarget.ofRange(d("80"), d("90"), "dokumen"), "70").withBobot(d("40")))
                .addIki(iki("1.2", "Waktu penyusunan peta jabatan",
                        IkiTarget.ofRange(d("7"), d("8"), "bulan").withDirection(TargetDirection.LOWER_IS_BETTER),
                        "6.5").withBobot(d("35")))
                .addIki(Iki.builder().id("1.3").indikator("Akurasi data formasi")
                        .target(IkiTarget.of(d("100"), "%").withMaximumAttainable(true))
                        .realisasi(d("100")).bobot(d("25")).build())
                .build();
        RencanaKinerja second = RencanaKinerja.builder()
                .id("2")
                .jenis(JenisKinerja.UTAMA)
                .uraian("Terlaksananya layanan kenaikan pangkat")
                .bobot(d("40"))
                .addIki(Iki.builder().id("2.1").indikator("Rancangan SOP disetujui kepala bidang")
                        .target(IkiTarget.qualitative("SOP layanan kenaikan pangkat ditetapkan"))
                        .capaianPenilai(d("100")).build())
                .addIki(Iki.builder().id("2.2").indikator("Jumlah usulan yang diverifikasi")
                        .target(IkiTarget.of(d("240"), "berkas")).build())
                .build();
        RencanaKinerja tambahan = rencana("3", JenisKinerja.TAMBAHAN, "Menjadi narasumber sosialisasi SKP",
                iki("3.1", "Jumlah sosialisasi", IkiTarget.of(d("2"), "kegiatan"), "3")).withBobot(d("10"));
        RencanaKinerja tambahanTanpaBobot = rencana("4", JenisKinerja.TAMBAHAN, "Panitia rapat koordinasi",
                iki("4.1", "Jumlah rapat", IkiTarget.of(d("4"), "rapat"), "4"));
        Skp skp = Skp.builder()
                .pegawai(PEGAWAI)
                .pejabatPenilai(PEJABAT)
                .atasanPejabatPenilai(ATASAN)
                .periode(PERIOD)
                .addRencanaKinerja(first, second, tambahan, tambahanTanpaBobot)
                .build();
        return PenilaianKinerja.builder()
                .skp(skp)
                .nilaiPerilaku(d("88.5"))
                .usesPeerOrSubordinateInput(true)
                .inovasi(true)
                .build();
    }

    public static RencanaKinerja rencana(String id, JenisKinerja jenis, String uraian, Iki iki) {
        return RencanaKinerja.builder().id(id).jenis(jenis).uraian(uraian).addIki(iki).build();
    }

    public static Iki iki(String id, String indikator, IkiTarget target, String realisasi) {
        return Iki.builder().id(id).indikator(indikator).target(target).realisasi(d(realisasi)).build();
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
