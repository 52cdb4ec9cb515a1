package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Formula cells whose cached result no longer matches their formula, as a workbook saved without recalculating
 * has them. The standard form of the S1 vectors shows the nilai capaian 85.5 of K1 in R14.
 */
class StaleFormulaResultTest {

    private static final int K1_ROW = 13;
    private static final int NILAI_COLUMN = 17;
    private static final int PENGHITUNGAN_COLUMN = 16;

    /** Writes the form with a formula and a cached result in one cell of the K1 row. */
    private static byte[] withFormula(Pp46FormFixtures.Format format, int column, String formula, double cached)
            throws IOException {
        byte[] original = Pp46FormFixtures.write(SpecVectorWorkbooks.s1WithPerilaku(), format);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(original))) {
            Cell cell = workbook.getSheet(Pp46FormFixtures.SHEET).getRow(K1_ROW).getCell(column);
            cell.setCellFormula(formula);
            // On a formula cell POI keeps the formula and stores the number as its cached result.
            cell.setCellValue(cached);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Pp46ReadResult read(byte[] workbook, Pp46FormFixtures.Format format) {
        return Pp46WorkbookReader.standard().read(new ByteArrayInputStream(workbook), "stale" + format.extension());
    }

    private static List<Finding> findings(Pp46ReadResult result, String code) {
        return result.report().findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_staleNilaiCapaian_warnsWithCachedAndRecalculatedValue(Pp46FormFixtures.Format format)
            throws IOException {
        Pp46ReadResult result = read(withFormula(format, NILAI_COLUMN, "80+5.5", 90), format);

        assertThat(findings(result, "excel.formula.staleResult")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("SKP!R14");
            assertThat(f.arguments()).containsExactly("80+5.5", "90", "85.5");
            assertThat(f.message(Locale.ROOT)).contains("the cached result is stale")
                    .contains("recalculate the workbook in Excel");
            assertThat(f.message(Locale.forLanguageTag("id"))).contains("hasil tersimpan sudah usang");
        });
        assertThat(result.shown().kegiatan().get(0).nilaiCapaian().orElseThrow().value())
                .isEqualByComparingTo("90");
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_cachedResultWithinShownPrecision_noWarning(Pp46FormFixtures.Format format) throws IOException {
        Pp46ReadResult result = read(withFormula(format, NILAI_COLUMN, "80+5.5", 85.5), format);

        assertThat(findings(result, "excel.formula.staleResult")).isEmpty();
        assertThat(findings(result, "excel.formula.notRecalculated")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_functionPoiCannotEvaluate_infoAndCachedValueUsed(Pp46FormFixtures.Format format) throws IOException {
        Pp46ReadResult result = read(withFormula(format, PENGHITUNGAN_COLUMN, "HARMEAN(342,342)", 342), format);

        assertThat(findings(result, "excel.formula.notRecalculated")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location()).isEqualTo("SKP!Q14");
        });
        assertThat(findings(result, "excel.formula.staleResult")).isEmpty();
        assertThat(result.shown().kegiatan().get(0).penghitungan().orElseThrow().value()).isEqualByComparingTo("342");
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_staleFormula_leavesTheWorkbookAsItWas(Pp46FormFixtures.Format format) throws IOException {
        byte[] bytes = withFormula(format, NILAI_COLUMN, "80+5.5", 90);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Pp46ReadResult result = Pp46WorkbookReader.standard().read(workbook, "open" + format.extension());

            assertThat(findings(result, "excel.formula.staleResult")).hasSize(1);
            Cell cell = workbook.getSheet(Pp46FormFixtures.SHEET).getRow(K1_ROW).getCell(NILAI_COLUMN);
            assertThat(cell.getCellFormula()).isEqualTo("80+5.5");
            assertThat(cell.getNumericCellValue()).isEqualTo(90.0);
        }
    }

    @org.junit.jupiter.api.Test
    void shownDecimals_numberFormats() {
        assertThat(CachedResults.shownDecimals("0.00")).contains(2);
        assertThat(CachedResults.shownDecimals("#,##0.0_);(#,##0.0)")).contains(1);
        assertThat(CachedResults.shownDecimals("0%")).contains(2);
        assertThat(CachedResults.shownDecimals("0.00\" pts\"")).contains(2);
        assertThat(CachedResults.shownDecimals("0")).contains(0);
        assertThat(CachedResults.shownDecimals("General")).isEmpty();
        assertThat(CachedResults.shownDecimals("0.00E+00")).isEmpty();
    }
}
