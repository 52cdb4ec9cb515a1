package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.WorkbookChecks.assertFormulasMatchCachedValues;
import static io.github.kinerja.excel.write.WorkbookChecks.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.UnitOrganisasi;
import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.excel.TableReadResult;
import io.github.kinerja.excel.WorkbookLayout;
import io.github.kinerja.excel.WorkbookReadResult;
import io.github.kinerja.excel.WorkbookReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The recap in both formats: the distribution against the pola, the chart, text safety and long recaps. */
class Permen2022RecapFormatsTest {

    private static final String SHEET = Permen2022RecapWriter.SHEET_NAME;
    private static final PeriodeEvaluasi JANUARI = PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1));

    // Baik organisation, three employees: Sangat Baik, Baik, Butuh Perbaikan (rows 8 to 10).
    private static List<HasilPenilaianPegawai> threeEmployees() {
        return List.of(
                RecapSamples.result(Person.builder().name("Ani").nip(RecapSamples.nip(1)).build(), "SKP-1",
                        Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI),
                RecapSamples.result(Person.builder().name("Budi").nip(RecapSamples.nip(2)).build(), "SKP-2",
                        Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI),
                RecapSamples.result(Person.builder().name("Cici").nip(RecapSamples.nip(3)).build(), "SKP-3",
                        Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void write_baikUnit_distributionNextToPola(WorkbookFormat format) throws IOException {
        try (Workbook workbook = write(RecapSamples.unit(PredikatOrganisasi.BAIK), threeEmployees(), format)) {
            // The distribution starts two rows after the last employee (row 10): headers in row 12.
            assertThat(cell(workbook, SHEET, "E12").getStringCellValue()).isEqualTo("PREDIKAT");
            assertThat(cell(workbook, SHEET, "H12").getStringCellValue()).isEqualTo("POLA DISTRIBUSI");
            assertThat(cell(workbook, SHEET, "I12").getStringCellValue()).isEqualTo("BATAS POLA");
            assertThat(cell(workbook, SHEET, "E14").getStringCellValue()).isEqualTo("Baik");
            assertThat(cell(workbook, SHEET, "F14").getCellFormula()).isEqualTo("COUNTIF(G8:G10,\"Baik\")");
            assertThat(cell(workbook, SHEET, "F14").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(workbook, SHEET, "G14").getNumericCellValue()).isEqualTo(1.0 / 3, offset());
            // 70 % of 3 employees allows 2 (rounded down).
            assertThat(cell(workbook, SHEET, "H14").getStringCellValue())
                    .isEqualTo("Paling banyak 70 %: Baik (paling banyak 2 pegawai); Sebagian besar: Baik");
            assertThat(cell(workbook, SHEET, "I14").getNumericCellValue()).isEqualTo(0.7, offset());
            assertThat(cell(workbook, SHEET, "H13").getStringCellValue()).isEqualTo("Tidak dibatasi");
            assertThat(cell(workbook, SHEET, "I13").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(workbook, SHEET, "H15").getStringCellValue())
                    .isEqualTo("Paling sedikit 1 pegawai: Butuh Perbaikan + Kurang/Misconduct");
            assertFormulasMatchCachedValues(workbook);
        }
    }

    @Test
    void write_xlsx_chartSheetWithTwoSeries() throws IOException {
        try (Workbook workbook = write(RecapSamples.unit(PredikatOrganisasi.BAIK), threeEmployees(),
                WorkbookFormat.XLSX)) {
            XSSFSheet sheet = ((XSSFWorkbook) workbook).getSheet(Permen2022RecapWriter.CHART_SHEET_NAME);
            assertThat(sheet).isNotNull();
            assertThat(cell(workbook, Permen2022RecapWriter.CHART_SHEET_NAME, "B5").getCellFormula())
                    .isEqualTo("'REKAP PREDIKAT'!G14");
            assertThat(cell(workbook, Permen2022RecapWriter.CHART_SHEET_NAME, "C5").getNumericCellValue())
                    .isEqualTo(0.7, offset());
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data).hasSize(1);
            assertThat(data.get(0)).isInstanceOf(XDDFBarChartData.class);
            assertThat(data.get(0).getSeriesCount()).isEqualTo(2);
            assertThat(data.get(0).getSeries(0).getValuesData().getPointCount()).isEqualTo(5);
        }
    }

    @Test
    void write_xls_noChartSheet() throws IOException {
        try (Workbook workbook = write(RecapSamples.unit(PredikatOrganisasi.BAIK), threeEmployees(),
                WorkbookFormat.XLS)) {
            assertThat(workbook).isInstanceOf(HSSFWorkbook.class);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheet(Permen2022RecapWriter.CHART_SHEET_NAME)).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void write_formulaLikeUserText_staysText(WorkbookFormat format) throws IOException {
        List<String> names = List.of("=SUM(1,2)", "+62 811", "-5 laporan", "@user");
        List<HasilPenilaianPegawai> results = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            results.add(RecapSamples.result(Person.builder().name(names.get(i)).jabatan(names.get(i)).build(),
                    "SKP-" + i, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));
        }
        UnitOrganisasi unit = UnitOrganisasi.builder().id("U").nama("=HYPERLINK(\"x\")").build();

        try (Workbook workbook = write(unit, results, format)) {
            for (int i = 0; i < names.size(); i++) {
                for (String column : List.of("C", "D")) {
                    Cell cell = cell(workbook, SHEET, column + (8 + i));
                    assertThat(cell.getCellType()).as(column + (8 + i)).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(names.get(i));
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(column + (8 + i)).isTrue();
                }
            }
            assertThat(cell(workbook, SHEET, "C3").getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(workbook, SHEET, "C3").getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void write_path_formatFromExtension(WorkbookFormat format, @TempDir Path directory) throws IOException {
        Path file = directory.resolve("rekap" + format.extension());

        Permen2022RecapWriter.standard().write(RecapSamples.unit(null), JANUARI, threeEmployees(), file);

        try (Workbook workbook = WorkbookChecks.open(Files.readAllBytes(file))) {
            assertThat(workbook instanceof XSSFWorkbook).isEqualTo(format == WorkbookFormat.XLSX);
            assertThat(cell(workbook, SHEET, "C10").getStringCellValue()).isEqualTo("Cici");
        }
    }

    @Test
    void write_pathWithoutExtension_rejected(@TempDir Path directory) {
        assertThatIllegalArgumentException().isThrownBy(() -> Permen2022RecapWriter.standard()
                .write(RecapSamples.unit(null), JANUARI, threeEmployees(), directory.resolve("rekap.csv")))
                .withMessageContaining("rekap.csv");
    }

    @Test
    void write_xlsOverflow_continuesOnNextSheet() throws IOException {
        int firstSheetRows = 65_536 - 7 - Permen2022RecapWriter.RESERVED_ROWS;
        int count = firstSheetRows + 25;

        byte[] bytes = bytes(RecapSamples.unit(PredikatOrganisasi.ISTIMEWA), RecapSamples.generated(count),
                WorkbookFormat.XLS);

        try (Workbook workbook = WorkbookChecks.open(bytes)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            String second = SHEET + " (2)";
            assertThat(workbook.getSheetName(1)).isEqualTo(second);
            assertThat(cell(workbook, SHEET, "C" + (7 + firstSheetRows)).getStringCellValue())
                    .isEqualTo(RecapSamples.name(firstSheetRows - 1));
            assertThat(cell(workbook, second, "B1").getStringCellValue()).isEqualTo("NIP");
            assertThat(cell(workbook, second, "A2").getNumericCellValue()).isEqualTo(firstSheetRows + 1.0);
            assertThat(cell(workbook, second, "C26").getStringCellValue()).isEqualTo(RecapSamples.name(count - 1));
            // The distribution follows the last employee on the second sheet and counts over both sheets.
            assertThat(cell(workbook, second, "F29").getCellFormula())
                    .isEqualTo("COUNTIF('REKAP PREDIKAT'!G8:G65496,\"Sangat Baik\")+COUNTIF(G2:G26,\"Sangat Baik\")");
            assertFormulasMatchCachedValues(workbook);
        }
        WorkbookReadResult read = WorkbookReader.standard().read(new ByteArrayInputStream(bytes), "rekap.xls");
        assertThat(read.layout()).isEqualTo(WorkbookLayout.PERMEN2022_UNIT_RECAP);
        TableReadResult<UnitRecap> recap = read.unitRecap().orElseThrow();
        List<RecapRow> rows = recap.content().rows();
        assertThat(rows).hasSize(count);
        assertThat(rows.get(count - 1).nama()).isEqualTo(RecapSamples.name(count - 1));
        assertThat(rows.get(count - 1).nip()).contains(RecapSamples.nip(count - 1));
        assertThat(recap.report().findings()).isEmpty();
    }

    private static Offset<Double> offset() {
        return Offset.offset(WorkbookChecks.TOLERANCE);
    }

    private static Workbook write(UnitOrganisasi unit, List<HasilPenilaianPegawai> results, WorkbookFormat format)
            throws IOException {
        return WorkbookChecks.open(bytes(unit, results, format));
    }

    private static byte[] bytes(UnitOrganisasi unit, Iterable<HasilPenilaianPegawai> results, WorkbookFormat format)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Permen2022RecapWriter.standard().write(unit, JANUARI, results, format, out);
        return out.toByteArray();
    }
}
