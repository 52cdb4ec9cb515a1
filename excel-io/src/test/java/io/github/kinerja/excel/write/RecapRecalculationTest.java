package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.WorkbookChecks.assertClose;
import static io.github.kinerja.excel.write.WorkbookChecks.cell;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Recalculates the unit recap with LibreOffice and compares every formula result with the cached value the writer
 * stored, the library's count. Skipped when {@code soffice} is not on the PATH.
 */
class RecapRecalculationTest {

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void recap_libreOffice_recalculatesCachedCounts(WorkbookFormat format, @TempDir Path directory)
            throws IOException, InterruptedException {
        Path soffice = LibreOfficeConverter.soffice();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Permen2022RecapWriter.standard().write(RecapSamples.unit(PredikatOrganisasi.BAIK),
                PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1)), RecapSamples.generated(40), format, out);
        byte[] written = out.toByteArray();

        try (Workbook expected = WorkbookChecks.open(written);
                Workbook recalculated = LibreOfficeConverter.convert(soffice, LibreOfficeConverter.spoiled(written),
                        format, directory)) {
            int compared = 0;
            for (Sheet sheet : expected) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            compare(cell, recalculated);
                            compared++;
                        }
                    }
                }
            }
            // Five counts, five percentages and the total; in .xlsx five shares on the chart sheet.
            assertThat(compared).isEqualTo(format == WorkbookFormat.XLSX ? 16 : 11);
        }
    }

    private static void compare(Cell expected, Workbook recalculated) {
        String address = new CellReference(expected).formatAsString(false);
        String sheet = expected.getSheet().getSheetName();
        Cell actual = cell(recalculated, sheet, address);
        String where = sheet + "!" + address + " =" + expected.getCellFormula();
        assertThat(actual.getCellType()).as(where).isEqualTo(CellType.FORMULA);
        assertThat(actual.getCachedFormulaResultType()).as(where).isEqualTo(CellType.NUMERIC);
        assertClose(where, actual.getNumericCellValue(), expected.getNumericCellValue());
    }
}
