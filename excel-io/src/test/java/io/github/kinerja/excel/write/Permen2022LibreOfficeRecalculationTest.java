package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.LibreOfficeConverter.convert;
import static io.github.kinerja.excel.write.LibreOfficeConverter.soffice;
import static io.github.kinerja.excel.write.Permen2022FormWriterTest.labelledValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.permen2022.PredikatMatrix;
import io.github.kinerja.core.permen2022.Rating;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
 * Recalculates written PermenPANRB 6/2022 evaluation workbooks and a filled evaluation template with LibreOffice
 * ({@code soffice --headless --convert-to xlsx}) and compares the predikat it computes with the library's. The
 * input copies have the cached predikat spoiled, so a conversion that kept cached values instead of recalculating
 * fails.
 *
 * <p>Skipped when {@code soffice} is not on the PATH; the Debian package {@code libreoffice-calc-nogui} provides
 * it. Each conversion uses its own profile directory, so parallel runs do not share LibreOffice's lock. The
 * conversion helpers repeat those of {@link LibreOfficeRecalculationTest}.
 */
class Permen2022LibreOfficeRecalculationTest {


    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void evaluasi_libreOffice_recalculatesThePredikat(WorkbookFormat format, @TempDir Path directory)
            throws IOException, InterruptedException {
        Path soffice = soffice();
        byte[] written = WorkbookChecks.bytes(Permen2022FormWriter.standard().createEvaluasi(
                Permen2022Samples.evaluasi(), format));

        try (Workbook recalculated = convert(soffice, spoiled(written, Optional.empty()), format, directory)) {
            Cell predikat = labelledValue(recalculated.getSheet("EVALUASI"), "PREDIKAT KINERJA PEGAWAI");

            assertThat(predikat.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(predikat.getStringCellValue()).isEqualTo("Baik");
        }
    }

    // A filled template: the row numbers and the predikat, which show nothing while the template is empty, are
    // recalculated from what was typed in.
    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void filledTemplate_libreOffice_numbersRowsAndGivesThePredikat(WorkbookFormat format, @TempDir Path directory)
            throws IOException, InterruptedException {
        Path soffice = soffice();
        Workbook template = Permen2022FormWriter.standard().createEvaluasiTemplate(
                Permen2022Samples.jaJf().periode(), Permen2022Samples.jaJf().model(), 5, format);
        Permen2022TemplateTest.fillEvaluasi(template, Permen2022Samples.evaluasi());
        byte[] filled = WorkbookChecks.bytes(template);

        try (Workbook recalculated = convert(soffice, spoiled(filled, Optional.empty()), format, directory)) {
            Sheet sheet = recalculated.getSheet("EVALUASI");
            int first = Permen2022FormWriterTest.find(sheet, "A. Utama").getRowIndex() + 1;

            assertThat(labelledValue(sheet, "PREDIKAT KINERJA PEGAWAI").getStringCellValue()).isEqualTo("Baik");
            assertThat(sheet.getRow(first).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(first + 1).getCell(0).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(first + 3).getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(first + 4).getCell(0).getStringCellValue()).isEmpty();
        }
    }

    // Every cell of the matrix, typed into the rating cells of one workbook each: LibreOffice's lookup must give
    // the standard matrix's predikat.
    @Test
    void evaluasi_everyRatingPair_givesTheMatrixPredikat(@TempDir Path directory)
            throws IOException, InterruptedException {
        Path soffice = soffice();
        byte[] written = WorkbookChecks.bytes(Permen2022FormWriter.standard().createEvaluasi(
                Permen2022Samples.evaluasi(), WorkbookFormat.XLSX));
        int compared = 0;
        for (Rating hasil : Rating.values()) {
            for (Rating perilaku : Rating.values()) {
                Path run = Files.createDirectories(directory.resolve(hasil.name() + "-" + perilaku.name()));
                byte[] input = spoiled(written, Optional.of(new Rating[] {hasil, perilaku}));

                try (Workbook recalculated = convert(soffice, input, WorkbookFormat.XLSX, run)) {
                    Cell predikat = labelledValue(recalculated.getSheet("EVALUASI"), "PREDIKAT KINERJA PEGAWAI");

                    assertThat(predikat.getStringCellValue()).as(hasil + ", " + perilaku)
                            .isEqualTo(PredikatMatrix.standard().predikat(hasil, perilaku).label());
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(9);
    }

    // Spoils the cached predikat, types the given ratings (hasil kerja, perilaku) if any, and forces recalculation.
    private static byte[] spoiled(byte[] workbookBytes, Optional<Rating[]> ratings) throws IOException {
        try (Workbook workbook = WorkbookChecks.open(workbookBytes)) {
            Sheet sheet = workbook.getSheet("EVALUASI");
            if (ratings.isPresent()) {
                labelledValue(sheet, "RATING HASIL KERJA").setCellValue(ratings.get()[0].label());
                labelledValue(sheet, "RATING PERILAKU KERJA").setCellValue(ratings.get()[1].label());
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        cell.setCellValue("spoiled");
                    }
                }
            }
            workbook.setForceFormulaRecalculation(true);
            return WorkbookChecks.bytes(workbook);
        }
    }

}
