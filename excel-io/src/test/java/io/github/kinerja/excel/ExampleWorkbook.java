package io.github.kinerja.excel;

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
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;

/**
 * The bundled example workbook {@code examples/data/skp-pp46-penilaian.xlsx}: a fictional PNS with a filled PP 46
 * evaluation form. Run {@link #main(String[])} from the excel-io directory to write it again.
 */
final class ExampleWorkbook {

    /** The path of the bundled workbook, relative to the excel-io module. */
    static final Path BUNDLED = Paths.get("../examples/data/skp-pp46-penilaian.xlsx");

    private ExampleWorkbook() {}

    /** Returns the fictional SKP of the example. */
    static SkpPp46 skp() {
        return SkpPp46.builder()
                .pegawai(Person.builder()
                        .name("Dewi Lestari Puspitasari, S.E.")
                        .nip(Nip.parse("19880315 201101 2 905"))
                        .golongan(Golongan.III_B)
                        .jabatan("Analis Keuangan")
                        .unitKerja("Bagian Keuangan Sekretariat Daerah Kabupaten Contoh")
                        .build())
                .pejabatPenilai(Person.builder()
                        .name("Bambang Sutrisno, S.Sos., M.Si.")
                        .nip(Nip.parse("19700521 199503 1 903"))
                        .golongan(Golongan.IV_A)
                        .jabatan("Kepala Bagian Keuangan")
                        .unitKerja("Sekretariat Daerah Kabupaten Contoh")
                        .build())
                .period(AssessmentPeriod.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 12, 31)))
                .addKegiatan(kegiatan("Menyusun laporan realisasi anggaran bulanan", "Laporan", 12, 12, 100, 95, 12, 12))
                .addKegiatan(kegiatan("Memverifikasi surat permintaan pembayaran", "Dokumen", 240, 252, 100, 90, 12, 12))
                .addKegiatan(Kegiatan.builder()
                        .name("Menyusun rencana kebutuhan anggaran kegiatan")
                        .satuanOutput("Dokumen")
                        .target(Target.of(d(4), d(100), d(12), d(25000000)))
                        .realisasi(Realisasi.of(d(4), d(92), d(11), d(23750000)))
                        .build())
                .addKegiatan(kegiatan("Merekonsiliasi data belanja dengan BPKAD", "Berita Acara", 4, 4, 100, 88, 12, 12))
                .addKegiatan(kegiatan("Menyusun laporan keuangan semesteran", "Laporan", 2, 2, 100, 90, 12, 12))
                .addKegiatan(kegiatan("Mengarsipkan dokumen pertanggungjawaban", "Berkas", 120, 110, 100, 85, 12, 12))
                .addTugasTambahan(TugasTambahan.of("Anggota panitia pengadaan barang dan jasa"))
                .addKreativitas(Kreativitas.of("Aplikasi lembar kerja pemantauan SPP", ManfaatKreativitas.UNIT_KERJA))
                .perilaku(PerilakuKerja.builder()
                        .putScore(AspekPerilaku.ORIENTASI_PELAYANAN, d(82))
                        .putScore(AspekPerilaku.INTEGRITAS, d(85))
                        .putScore(AspekPerilaku.KOMITMEN, d(80))
                        .putScore(AspekPerilaku.DISIPLIN, d(84))
                        .putScore(AspekPerilaku.KERJA_SAMA, d(81))
                        .build())
                .build();
    }

    private static Kegiatan kegiatan(String name, String satuan, int targetKuantitas, int realisasiKuantitas,
            int targetKualitas, int realisasiKualitas, int targetWaktu, int realisasiWaktu) {
        return Kegiatan.builder()
                .name(name)
                .satuanOutput(satuan)
                .target(Target.of(d(targetKuantitas), d(targetKualitas), d(targetWaktu)))
                .realisasi(Realisasi.of(d(realisasiKuantitas), d(realisasiKualitas), d(realisasiWaktu)))
                .build();
    }

    private static BigDecimal d(long value) {
        return BigDecimal.valueOf(value);
    }

    /** Returns the bytes of the example workbook. */
    static byte[] bytes() {
        return Pp46FormFixtures.write(skp(), Pp46FormFixtures.Format.XLSX);
    }

    /**
     * Writes the example workbook to {@code examples/data/skp-pp46-penilaian.xlsx} or to the path given.
     *
     * @param arguments  an optional target path
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] arguments) throws IOException {
        Path target = arguments.length > 0 ? Paths.get(arguments[0]) : BUNDLED;
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, bytes());
    }
}
