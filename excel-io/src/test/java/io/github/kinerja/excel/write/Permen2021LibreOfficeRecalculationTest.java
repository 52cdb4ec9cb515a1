package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.LibreOfficeConverter.compare;
import static io.github.kinerja.excel.write.LibreOfficeConverter.convert;
import static io.github.kinerja.excel.write.LibreOfficeConverter.soffice;
import static io.github.kinerja.excel.write.LibreOfficeConverter.spoiled;
import static io.github.kinerja.excel.write.WorkbookChecks.assertClose;
import static io.github.kinerja.excel.write.WorkbookChecks.cell;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import io.github.kinerja.core.permen2021.CapaianGapPolicy;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Recalculates written PermenPANRB 8/2021 SKP workbooks with LibreOffice ({@code soffice --headless --convert-to
 * xlsx}) and compares its results with the cached values, which are the library's. The input copies have every
 * cached result spoiled, so a conversion that kept the cached values instead of recalculating fails.
 *
 * <p>Skipped when {@code soffice} is not on the PATH; the Debian package {@code libreoffice-calc-nogui} provides
 * it. Each conversion uses its own profile directory, so parallel runs do not share LibreOffice's lock.
 */
class Permen2021LibreOfficeRecalculationTest {


    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void varied_libreOffice_recalculatesCachedValues(WorkbookFormat format, @TempDir Path directory)
            throws IOException, InterruptedException {
        int compared = compareAll(Permen2021FormWriter.standard(), Permen2021Samples.varied(), format, directory);

        assertThat(compared).isEqualTo(7 * 3 - 1 + 4 * 2 - 1 + 3 + 7);
    }

    @Test
    void roundingPolicies_libreOffice_matchCache(@TempDir Path directory)
            throws IOException, InterruptedException {
        Permen2021Scorer scorer = Permen2021Scorer.standard()
                .withGapPolicy(CapaianGapPolicy.ROUND_CAPAIAN_TO_INTEGER)
                .withRounding(RoundingPolicy.of(2, RoundingMode.DOWN, RoundingStage.EACH_ITEM));

        int compared = compareAll(Permen2021FormWriter.standard().withScorer(scorer), Permen2021Samples.varied(),
                WorkbookFormat.XLSX, directory);

        assertThat(compared).isPositive();
    }

    @Test
    void typedRealisasiAndFlag_recalculateInLibreOffice(@TempDir Path directory)
            throws IOException, InterruptedException {
        Path soffice = soffice();
        byte[] written = WorkbookChecks.bytes(Permen2021FormWriter.standard().createSkp(Permen2021Samples.spec(),
                WorkbookFormat.XLSX));
        byte[] edited;
        try (Workbook workbook = WorkbookChecks.open(written)) {
            // The second IKI now meets its target exactly, and the instansi uses peer input.
            cell(workbook, "SKP", "L16").setCellValue(100);
            cell(workbook, "SKP", "F29").setCellValue("Ya");
            edited = WorkbookChecks.bytes(workbook);
        }

        try (Workbook recalculated = convert(soffice, spoiled(edited), WorkbookFormat.XLSX, directory)) {
            assertThat(cell(recalculated, "SKP", "N16").getStringCellValue()).isEqualTo("Baik");
            assertClose("O16", cell(recalculated, "SKP", "O16").getNumericCellValue(), 109);
            assertClose("Q21", cell(recalculated, "SKP", "Q21").getNumericCellValue(), (118.4 + 109) / 2);
            assertClose("H26", cell(recalculated, "SKP", "H26").getNumericCellValue(),
                    (118.4 + 109) / 2 * 0.6 + 95 * 0.4);
            assertThat(cell(recalculated, "SKP", "H27").getStringCellValue()).isEqualTo("Baik");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void filledTemplate_libreOffice_matchesPoiResults(WorkbookFormat format, @TempDir Path directory)
            throws IOException, InterruptedException {
        Workbook template = Permen2021FormWriter.standard().createSkpTemplate(Permen2021Samples.PERIOD, 8, format);
        Permen2021TemplateTest.fill(template, Permen2021TemplateTest.everyKindOfRow());
        template.getCreationHelper().createFormulaEvaluator().evaluateAll();

        int compared = compareAll(WorkbookChecks.bytes(template), format, directory);

        // 10 rows of 6 formulas less the capaian typed over, 3 totals, 7 in the nilai akhir block.
        assertThat(compared).isEqualTo(10 * 6 - 1 + 3 + 7);
    }

    private static int compareAll(Permen2021FormWriter writer, PenilaianKinerja penilaian, WorkbookFormat format,
            Path directory) throws IOException, InterruptedException {
        return compareAll(WorkbookChecks.bytes(writer.createSkp(penilaian, format)), format, directory);
    }

    // Compares every formula result of the workbook with LibreOffice's recalculation; returns the number compared.
    private static int compareAll(byte[] written, WorkbookFormat format, Path directory)
            throws IOException, InterruptedException {
        Path soffice = soffice();
        int compared = 0;
        try (Workbook expected = WorkbookChecks.open(written);
                Workbook recalculated = convert(soffice, spoiled(written), format, directory)) {
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
        }
        return compared;
    }

}
