package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.LibreOfficeConverter.compare;
import static io.github.kinerja.excel.write.LibreOfficeConverter.convert;
import static io.github.kinerja.excel.write.LibreOfficeConverter.soffice;
import static io.github.kinerja.excel.write.LibreOfficeConverter.spoiled;
import static io.github.kinerja.excel.write.Pp46Samples.d;
import static io.github.kinerja.excel.write.WorkbookChecks.assertClose;
import static io.github.kinerja.excel.write.WorkbookChecks.cell;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Recalculates written workbooks with LibreOffice ({@code soffice --headless --convert-to xlsx}) and compares its
 * results with the library's. The input copies have every cached result spoiled, so a conversion that kept the
 * cached values instead of recalculating fails.
 *
 * <p>Skipped when {@code soffice} is not on the PATH; the Debian package {@code libreoffice-calc-nogui} provides
 * it. Each conversion uses its own profile directory, so parallel runs do not share LibreOffice's lock.
 */
class LibreOfficeRecalculationTest {


    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaian_libreOffice_recalculatesCachedValues(WorkbookFormat format, @TempDir Path directory)
            throws IOException, InterruptedException {
        Path soffice = soffice();
        byte[] written = WorkbookChecks.bytes(Pp46FormWriter.standard().createPenilaianSkp(Pp46Samples.skp(),
                format));

        try (Workbook expected = WorkbookChecks.open(written);
                Workbook recalculated = convert(soffice, spoiled(written), format, directory)) {
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
            assertThat(compared).isEqualTo(5 * 8 + 4 + 15);
        }
    }

    @Test
    void penilaian_typedRealisasi_recalculatesInLibreOffice(@TempDir Path directory)
            throws IOException, InterruptedException {
        Path soffice = soffice();
        SkpPp46 skp = Pp46Samples.skp();
        byte[] written = WorkbookChecks.bytes(Pp46FormWriter.standard().createPenilaianSkp(skp, WorkbookFormat.XLSX));
        byte[] edited;
        try (Workbook workbook = WorkbookChecks.open(written)) {
            // The third kegiatan was not executed; its realisasi is typed in: 4 of 5, kualitas 80, 10 months.
            Row row = cell(workbook, "SKP", "A16").getRow();
            row.createCell(11).setCellValue(4);
            row.createCell(13).setCellValue(80);
            row.createCell(14).setCellValue(10);
            edited = WorkbookChecks.bytes(workbook);
        }
        Kegiatan typedIn = Kegiatan.builder().from(skp.kegiatan().get(2))
                .realisasi(Realisasi.of(d("4"), d("80"), d("10"))).build();
        List<Kegiatan> kegiatan = new ArrayList<>(skp.kegiatan());
        kegiatan.set(2, typedIn);
        Pp46Result expected = Pp46Scorer.defaults().score(SkpPp46.builder().from(skp).kegiatan(kegiatan).build());

        try (Workbook recalculated = convert(soffice, spoiled(edited), WorkbookFormat.XLSX, directory)) {
            assertClose("S16", cell(recalculated, "SKP", "S16").getNumericCellValue(),
                    expected.kegiatan().get(2).value().doubleValue());
            assertClose("S25", cell(recalculated, "SKP", "S25").getNumericCellValue(),
                    expected.capaianSkp().value().doubleValue());
            assertThat(cell(recalculated, "SKP", "S26").getStringCellValue())
                    .isEqualTo("(" + expected.nilaiCapaianSkp().kategori().label() + ")");
            assertClose("H15", cell(recalculated, "PENILAIAN PRESTASI KERJA", "H15").getNumericCellValue(),
                    expected.prestasi().orElseThrow().value().doubleValue());
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaianTemplate_filled_libreOfficeAgreesWithPoi(WorkbookFormat format, @TempDir Path directory)
            throws IOException, InterruptedException {
        Path soffice = soffice();
        Workbook template = Pp46FormWriter.standard().createPenilaianTemplate(Pp46Samples.PERIOD, 8, format);
        Pp46TemplateTest.fillPenilaian(template, Pp46Samples.skp());
        template.getCreationHelper().createFormulaEvaluator().evaluateAll();
        byte[] filled = WorkbookChecks.bytes(template);

        // Filled rows calculate and unfilled rows show empty text, in LibreOffice as in POI.
        try (Workbook expected = WorkbookChecks.open(filled);
                Workbook recalculated = convert(soffice, spoiled(filled), format, directory)) {
            int compared = 0;
            for (Row row : expected.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        compare(cell, recalculated);
                        compared++;
                    }
                }
            }
            assertThat(compared).isEqualTo(8 * 9 + 4);
        }
    }

}
