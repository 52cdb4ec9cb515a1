package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.recap.UnitRecap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The BKN Laporan Penilaian SKP export read by {@link RecapStreamReader}, against {@link WorkbookReader}. */
class BknStreamReaderTest {

    private static TableWorkbooks export(int rows) {
        TableWorkbooks workbook = new TableWorkbooks()
                .row("Laporan Penilaian SKP Periode Bulanan Maret Tahun 2024")
                .row("Instansi : Pemerintah Kabupaten Contoh")
                .row("Periode : Bulanan 3")
                .row("Unor Induk", ": Dinas Pendidikan")
                .row("Unor : ALL")
                .row("Data ditarik pada : 2024-04-05 10:11:12")
                .blank()
                .row("No", "nip", "nama", "skp_unor", "skp_unor_induk", "skp_jabatan", "hasil_kerja",
                        "perilaku_kerja", "hasil_akhir", "golru", "jenis_pegawai");
        for (int i = 1; i <= rows; i++) {
            if (i % 100 == 0) {
                workbook.blank();
            }
            // Every 7th NIP is invalid, every 11th predikat unknown: each gives a finding.
            String nip = i % 7 == 0 ? "1234" : "196608121994022908";
            String hasilKerja = i % 3 == 0 ? "DIBAWAH EKSPEKTASI" : "DIATAS EKSPEKTASI";
            String predikat = i % 3 == 0 ? "BUTUH PERBAIKAN" : "BAIK";
            if (i % 11 == 0) {
                predikat = "LUAR BIASA";
            }
            String golru = i % 2 == 0 ? "III/b" : "-";
            workbook.row(i, nip, "Pegawai " + i, "Bidang " + i % 5, "Dinas Pendidikan", "Analis", hasilKerja,
                    "SESUAI EKSPEKTASI", predikat, golru, "PNS");
        }
        return workbook;
    }

    @ParameterizedTest
    @EnumSource(TableWorkbooks.Format.class)
    void export_streamedRowsEqualWorkbookReader(TableWorkbooks.Format format, @TempDir Path directory)
            throws IOException {
        TableWorkbooks workbook = export(2_000);
        Path file = Files.write(directory.resolve(format.fileName("laporan")), workbook.bytes(format));
        TableReadResult<UnitRecap> expected = WorkbookReader.standard().read(file).unitRecap().orElseThrow();
        List<RecapRow> rows = new ArrayList<>();

        RecapStreamResult result = RecapStreamReader.standard().read(file, rows::add);

        assertThat(result.layout()).isEqualTo(WorkbookLayout.BKN_LAPORAN_PENILAIAN_SKP);
        assertThat(rows).hasSize(2_000);
        assertThat(rows).isEqualTo(expected.content().rows());
        assertThat(result.rowCount()).isEqualTo(2_000);
        assertThat(result.metadata()).isEqualTo(UnitRecap.builder().from(expected.content()).rows(List.of())
                .build());
        assertThat(result.metadata().periode()).contains("Bulanan 3");
        assertThat(result.metadata().unorInduk()).contains("Dinas Pendidikan");
        assertThat(result.report()).isEqualTo(expected.report());
        assertThat(result.report().findings()).isNotEmpty();
        assertThat(result.sheetNames()).containsExactly("Sheet1");
    }

    @Test
    void otherWorkbook_unsupportedLayout(@TempDir Path directory) throws IOException {
        byte[] bytes = new TableWorkbooks().row("Kolom", "Lain").row(1, 2).bytes(TableWorkbooks.Format.XLSX);
        Path file = Files.write(directory.resolve("lain.xlsx"), bytes);

        assertThatThrownBy(() -> RecapStreamReader.standard().read(file, row -> { }))
                .isInstanceOf(UnsupportedLayoutException.class)
                .hasMessageContaining("lain.xlsx")
                .hasMessageContaining("Sheet1");
    }

    @Test
    void missingFile_fileNotFound(@TempDir Path directory) {
        Path file = directory.resolve("tidak-ada.xlsx");

        assertThatThrownBy(() -> RecapStreamReader.standard().read(file, row -> { }))
                .isInstanceOf(WorkbookReadException.class)
                .extracting(e -> ((WorkbookReadException) e).reason())
                .isEqualTo(WorkbookReadException.Reason.FILE_NOT_FOUND);
    }
}
