package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class NoCachedValueTest {

    /**
     * Turns the first numeric cell right of the kegiatan K1's name into a formula without a cached result, as tools
     * that do not calculate save it.
     */
    private static byte[] withUncachedFormula() throws IOException {
        byte[] original = Pp46FormFixtures.write(SpecVectorWorkbooks.s1WithPerilaku(), Pp46FormFixtures.Format.XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            Sheet sheet = book.getSheetAt(0);
            XSSFCell target = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (target == null && cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 90d) {
                        target = (XSSFCell) cell;
                    }
                }
            }
            assertThat(target).as("the realisasi kualitas 90 of K1").isNotNull();
            target.setCellFormula("45*2");
            if (target.getCTCell().isSetV()) {
                target.getCTCell().unsetV();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void read_formulaWithoutCachedValue_reportsErrorWithCell() throws IOException {
        Pp46ReadResult result = Pp46WorkbookReader.standard()
                .read(new ByteArrayInputStream(withUncachedFormula()), "uncached.xlsx");

        assertThat(result.report().findings())
                .filteredOn(f -> f.code().equals("excel.formula.noCachedValue"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
                .extracting(Finding::arguments)
                .isEqualTo(java.util.List.of("45*2"));
    }
}
