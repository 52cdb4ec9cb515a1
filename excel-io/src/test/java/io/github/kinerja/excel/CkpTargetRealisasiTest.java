package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A CKP workbook whose CKP-R disagrees with its CKP-T: a target changed, a kegiatan added and one dropped. The
 * kegiatan are in rows 10-12 of the CKP-T and rows 11-13 of the CKP-R.
 */
class CkpTargetRealisasiTest {

    private record Item(String uraian, String satuan, double target, double realisasi) {}

    private static final List<Item> PLANNED = List.of(
            new Item("Pencacahan SUSENAS", "Rumah Tangga", 10, 0),
            new Item("Pengolahan data", "Dokumen", 5, 0),
            new Item("Rapat koordinasi", "Kegiatan", 2, 0));

    private static final List<Item> DONE = List.of(
            new Item("Pencacahan SUSENAS", "Rumah Tangga", 10, 10),
            new Item("Pengolahan  Data", "Dokumen", 6, 6),
            new Item("Kegiatan tambahan X", "Kegiatan", 1, 1));

    private static byte[] workbook(List<Item> planned, List<Item> done, double cachedRataRata) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet target = workbook.createSheet("CKP-T");
            identity(target);
            String[] headers = {"No", "Uraian Kegiatan", "Satuan", "Target Kuantitas"};
            for (int c = 0; c < headers.length; c++) {
                cell(target, 7, c).setCellValue(headers[c]);
            }
            cell(target, 8, 0).setCellValue("UTAMA");
            int row = 9;
            for (Item item : planned) {
                cell(target, row, 0).setCellValue(row - 8);
                cell(target, row, 1).setCellValue(item.uraian());
                cell(target, row, 2).setCellValue(item.satuan());
                cell(target, row++, 3).setCellValue(item.target());
            }
            cell(target, row, 0).setCellValue("JUMLAH");

            Sheet realisasi = workbook.createSheet("CKP-R");
            identity(realisasi);
            String[] top = {"No", "Uraian Kegiatan", "Satuan", "Kuantitas", "", "", "Tingkat Kualitas (%)"};
            for (int c = 0; c < top.length; c++) {
                cell(realisasi, 7, c).setCellValue(top[c]);
            }
            for (int c : new int[] {0, 1, 2, 6}) {
                realisasi.addMergedRegion(new CellRangeAddress(7, 8, c, c));
            }
            realisasi.addMergedRegion(new CellRangeAddress(7, 7, 3, 5));
            cell(realisasi, 8, 3).setCellValue("Target");
            cell(realisasi, 8, 4).setCellValue("Realisasi");
            cell(realisasi, 8, 5).setCellValue("%");
            cell(realisasi, 9, 0).setCellValue("UTAMA");
            row = 10;
            for (Item item : done) {
                cell(realisasi, row, 0).setCellValue(row - 9);
                cell(realisasi, row, 1).setCellValue(item.uraian());
                cell(realisasi, row, 2).setCellValue(item.satuan());
                cell(realisasi, row, 3).setCellValue(item.target());
                cell(realisasi, row, 4).setCellValue(item.realisasi());
                cell(realisasi, row, 5).setCellValue(100);
                cell(realisasi, row++, 6).setCellValue(100);
            }
            cell(realisasi, row++, 0).setCellValue("JUMLAH");
            cell(realisasi, row, 0).setCellValue("RATA-RATA");
            Cell average = cell(realisasi, row, 5);
            average.setCellFormula("AVERAGE(F11:F" + (row - 1) + ")");
            average.setCellValue(cachedRataRata);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void identity(Sheet sheet) {
        String[][] rows = {{"Satuan Organisasi", ": BPS Kabupaten Contoh"}, {"Nama", ": Arif Galih Pamungkas"},
            {"Jabatan", ": Statistisi Ahli Pertama"}, {"Periode", ": 1 Maret - 31 Maret 2020"}};
        for (int i = 0; i < rows.length; i++) {
            cell(sheet, 2 + i, 0).setCellValue(rows[i][0]);
            cell(sheet, 2 + i, 2).setCellValue(rows[i][1]);
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }

    private static CkpReadResult read(byte[] workbook) {
        return CkpWorkbookReader.standard().read(new ByteArrayInputStream(workbook), "ckp.xlsx");
    }

    private static List<Finding> findings(CkpReadResult result, String code) {
        return result.report().findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void read_targetChanged_warnsWithBothCells() throws IOException {
        CkpReadResult result = read(workbook(PLANNED, DONE, 100));

        assertThat(findings(result, "excel.ckp.targetDiffers")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("CKP-R!D12");
            assertThat(f.arguments()).containsExactly("Pengolahan Data", "5", "CKP-T!D11", "6", "CKP-R!D12");
        });
    }

    @Test
    void read_kegiatanOnOneSheet_warnsAtRow() throws IOException {
        CkpReadResult result = read(workbook(PLANNED, DONE, 100));

        assertThat(findings(result, "excel.ckp.kegiatanNotPlanned")).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("CKP-R!B13");
            assertThat(f.arguments()).containsExactly("Kegiatan tambahan X", "CKP-T");
        });
        assertThat(findings(result, "excel.ckp.kegiatanMissing")).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("CKP-T!B12");
            assertThat(f.arguments()).containsExactly("Rapat koordinasi", "CKP-R");
        });
    }

    @Test
    void read_sheetsAgree_noComparisonWarning() throws IOException {
        List<Item> done = List.of(new Item("Pencacahan SUSENAS", "Rumah Tangga", 10, 10),
                new Item("Pengolahan data", "Dokumen", 5, 5), new Item("Rapat koordinasi", "Kegiatan", 2, 2));

        CkpReadResult result = read(workbook(PLANNED, done, 100));

        assertThat(result.report().findings()).extracting(Finding::code).doesNotContain("excel.ckp.targetDiffers",
                "excel.ckp.kegiatanNotPlanned", "excel.ckp.kegiatanMissing", "excel.formula.staleResult");
    }

    @Test
    void read_staleRataRata_warnsWithRecalculatedValue() throws IOException {
        CkpReadResult result = read(workbook(PLANNED, DONE, 50));

        assertThat(findings(result, "excel.formula.staleResult")).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("CKP-R!F15");
            assertThat(f.arguments()).containsExactly("AVERAGE(F11:F13)", "50", "100");
        });
    }
}
