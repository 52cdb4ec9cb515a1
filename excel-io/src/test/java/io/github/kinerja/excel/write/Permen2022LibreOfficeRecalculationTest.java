package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.Permen2022FormWriterTest.labelledValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.kinerja.core.permen2022.PredikatMatrix;
import io.github.kinerja.core.permen2022.Rating;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    // By default LibreOffice keeps the cached results of .xlsx files. Recalculation mode 0 recalculates on every load.
    private static final String ALWAYS_RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry"
                    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <item oor:path="/org.openoffice.Office.Calc/Formula/Load">
                <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop>
              </item>
              <item oor:path="/org.openoffice.Office.Calc/Formula/Load">
                <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop>
              </item>
            </oor:items>
            """;

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

    private static Workbook convert(Path soffice, byte[] input, WorkbookFormat format, Path directory)
            throws IOException, InterruptedException {
        Path in = Files.createDirectories(directory.resolve("in")).resolve("evaluasi" + format.extension());
        Path out = Files.createDirectories(directory.resolve("out"));
        Path profile = Files.createDirectories(directory.resolve("profile"));
        Files.writeString(Files.createDirectories(profile.resolve("user")).resolve("registrymodifications.xcu"),
                ALWAYS_RECALCULATE, StandardCharsets.UTF_8);
        Path log = directory.resolve("soffice.log");
        try (OutputStream stream = Files.newOutputStream(in)) {
            stream.write(input);
        }
        Process process = new ProcessBuilder(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--nolockcheck",
                "--convert-to", "xlsx", "--outdir", out.toString(), in.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("soffice did not convert " + in + " within " + TIMEOUT + "; output: " + read(log));
        }
        Path converted = out.resolve("evaluasi.xlsx");
        assertThat(process.exitValue()).as("soffice exit code; output: " + read(log)).isZero();
        assertThat(converted).as("converted file; soffice output: " + read(log)).exists();
        return WorkbookChecks.open(Files.readAllBytes(converted));
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    // Finds soffice on the PATH, or skips the test with the reason.
    private static Path soffice() {
        Optional<Path> found = Optional.empty();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                Path candidate = Path.of(entry, "soffice");
                if (Files.isExecutable(candidate)) {
                    found = Optional.of(candidate);
                    break;
                }
            }
        }
        assumeTrue(found.isPresent(), "soffice is not on the PATH; install LibreOffice Calc (Debian package "
                + "libreoffice-calc-nogui) to run the recalculation check");
        return found.orElseThrow();
    }
}
