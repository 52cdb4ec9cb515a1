package io.github.kinerja.excel;

import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.Pp46Fixtures;
import io.github.kinerja.core.pp46.SkpPp46;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes PP 46 evaluation workbooks built from the worked examples of Perka BKN 1/2013, for tests in other modules
 * (the command-line tool's tests score them end to end).
 *
 * <p>The workbook holds kegiatan K1, K2 and K3 (Nilai Capaian SKP exactly 4981/54 = 92.2407…) and the five perilaku
 * scores of a non-structural employee (80, 82, 78, 85, 80: mean 81), so the Nilai Prestasi Kerja is
 * 0.6 × 92.2407… + 0.4 × 81 = 87.7444….
 */
public final class SpecVectorWorkbooks {

    private SpecVectorWorkbooks() {}

    /** Returns the SKP the workbooks are built from. */
    public static SkpPp46 s1WithPerilaku() {
        return SkpPp46.builder().from(Pp46Fixtures.s1())
                .pegawai(Person.builder()
                        .name("Siti Aminah")
                        .nip(Nip.parse("19660812 199402 2 908"))
                        .golongan(Golongan.III_B)
                        .jabatan("Analis Kepegawaian")
                        .unitKerja("BKD Kabupaten Contoh")
                        .build())
                .perilaku(Pp46Fixtures.p1())
                .build();
    }

    /**
     * Writes the workbook into {@code directory}.
     *
     * @param directory  an existing directory, not null
     * @param xls  true for the .xls (BIFF8) format, false for .xlsx
     * @return the written file, not null
     * @throws IOException if the file cannot be written
     */
    public static Path write(Path directory, boolean xls) throws IOException {
        Pp46FormFixtures.Format format = xls ? Pp46FormFixtures.Format.XLS : Pp46FormFixtures.Format.XLSX;
        Path file = directory.resolve("skp-pp46-vectors" + (xls ? ".xls" : ".xlsx"));
        Files.write(file, Pp46FormFixtures.write(s1WithPerilaku(), format));
        return file;
    }
}
