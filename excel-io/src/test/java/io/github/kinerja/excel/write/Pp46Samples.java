package io.github.kinerja.excel.write;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.ManfaatKreativitas;
import io.github.kinerja.core.pp46.PerilakuKerja;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.TugasTambahan;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fixed PP 46/2011 SKP built from the spec's test vectors, with every kind of row the forms have.
 *
 * <p>Kegiatan (nilai capaian): K1 with biaya (85.5), K2 without biaya (88.666…), K4 not executed (0), waktu 9.12 of
 * 12 months at exactly 24 % efisiensi (100), biaya 150 of 200 million at 25 % efisiensi (87.75). Mean 72.38333…,
 * plus tugas tambahan 1 (two tasks) and kreativitas 6 (max of 6 and 3): Nilai Capaian SKP 79.38333…, Baik.
 * Perilaku 80, 82, 78, 85, 80: 81, Baik. Nilai Prestasi Kerja 47.63 + 32.4 = 80.03, Baik.
 */
final class Pp46Samples {

    static final Person PEGAWAI = Person.builder()
            .name("Siti Aminah, S.E.")
            .nip(Nip.parse("19660812 199402 2 908"))
            .golongan(Golongan.III_B)
            .jabatan("Analis Kepegawaian")
            .unitKerja("BKD Kabupaten Contoh")
            .build();
    static final Person PEJABAT = Person.builder()
            .name("Budi Santoso, M.Si.")
            .nip(Nip.parse("19700101 199503 1 001"))
            .golongan(Golongan.IV_A)
            .jabatan("Kepala Bidang Pengembangan Pegawai")
            .unitKerja("BKD Kabupaten Contoh")
            .build();
    static final AssessmentPeriod PERIOD = AssessmentPeriod.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 12, 31));

    private Pp46Samples() {}

    /** Returns the sample SKP with realisasi, tugas tambahan, kreativitas and perilaku. */
    static SkpPp46 skp() {
        return SkpPp46.builder()
                .pegawai(PEGAWAI)
                .pejabatPenilai(PEJABAT)
                .period(PERIOD)
                .addKegiatan(kegiatan("Menyusun laporan kinerja", "laporan",
                        Target.builder().from(target("1", "100", "12")).biaya(d("170395000")).angkaKredit(d("0.5"))
                                .build(),
                        Realisasi.builder().from(realisasi("1", "90", "12")).biaya(d("170395000"))
                                .angkaKredit(d("0.5")).build()))
                .addKegiatan(kegiatan("Menyusun rencana kerja", "dokumen", target("1", "100", "12"),
                        realisasi("1", "90", "12")))
                .addKegiatan(Kegiatan.builder().name("Mengelola arsip").satuanOutput("berkas")
                        .target(target("5", "100", "12")).build())
                .addKegiatan(kegiatan("Menyelesaikan verifikasi", "dokumen", target("10", "100", "12"),
                        realisasi("10", "100", "9.12")))
                .addKegiatan(kegiatan("Pengadaan barang", "paket",
                        Target.of(d("1"), d("100"), d("12"), d("200000000")),
                        Realisasi.of(d("1"), d("100"), d("12"), d("150000000"))))
                .addTugasTambahan(TugasTambahan.of("Panitia pengadaan"))
                .addTugasTambahan(TugasTambahan.of("Tim penyusun SOP"))
                .addKreativitas(Kreativitas.of("Aplikasi arsip digital", ManfaatKreativitas.ORGANISASI))
                .addKreativitas(Kreativitas.of("Layanan konsultasi daring", ManfaatKreativitas.UNIT_KERJA))
                .perilaku(PerilakuKerja.builder()
                        .putScore(AspekPerilaku.ORIENTASI_PELAYANAN, d("80"))
                        .putScore(AspekPerilaku.INTEGRITAS, d("82"))
                        .putScore(AspekPerilaku.KOMITMEN, d("78"))
                        .putScore(AspekPerilaku.DISIPLIN, d("85"))
                        .putScore(AspekPerilaku.KERJA_SAMA, d("80"))
                        .build())
                .build();
    }

    static Kegiatan kegiatan(String name, String satuan, Target target, Realisasi realisasi) {
        return Kegiatan.builder().name(name).satuanOutput(satuan).target(target).realisasi(realisasi).build();
    }

    static Target target(String kuantitas, String kualitas, String waktu) {
        return Target.of(d(kuantitas), d(kualitas), d(waktu));
    }

    static Realisasi realisasi(String kuantitas, String kualitas, String waktu) {
        return Realisasi.of(d(kuantitas), d(kualitas), d(waktu));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
