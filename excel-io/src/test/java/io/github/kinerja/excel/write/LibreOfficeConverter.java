package io.github.kinerja.excel.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import org.apache.poi.ss.util.CellReference;

/**
 * Recalculates workbooks with LibreOffice ({@code soffice --headless --convert-to xlsx}) after spoiling every cached
 * formula result, so that a conversion that kept the cached values instead of recalculating fails the comparison.
 * Each conversion uses its own profile directory, so parallel runs do not share LibreOffice's lock.
 */
final class LibreOfficeConverter {

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
    private static final double SPOILED = -999_999;

    private LibreOfficeConverter() {}

    /** Checks that LibreOffice's result of a formula equals the cached result the library wrote. */
    static void compare(Cell expected, Workbook recalculated) {
        String address = new CellReference(expected).formatAsString(false);
        String sheet = expected.getSheet().getSheetName();
        Cell actual = WorkbookChecks.cell(recalculated, sheet, address);
        String where = sheet + "!" + address + " =" + expected.getCellFormula();
        assertThat(actual.getCellType()).as(where).isEqualTo(CellType.FORMULA);
        assertThat(actual.getCachedFormulaResultType()).as(where).isEqualTo(expected.getCachedFormulaResultType());
        if (expected.getCachedFormulaResultType() == CellType.NUMERIC) {
            WorkbookChecks.assertClose(where, actual.getNumericCellValue(), expected.getNumericCellValue());
        } else {
            assertThat(actual.getStringCellValue()).as(where).isEqualTo(expected.getStringCellValue());
        }
    }

    /** Finds soffice on the PATH, or skips the calling test with the reason. */
    static Path soffice() {
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

    /** Returns the workbook with every cached formula result replaced by a value no formula yields. */
    static byte[] spoiled(byte[] workbookBytes) {
        try (Workbook workbook = WorkbookChecks.open(workbookBytes)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                            cell.setCellValue(SPOILED);
                        } else {
                            cell.setCellValue("spoiled");
                        }
                    }
                }
            }
            workbook.setForceFormulaRecalculation(true);
            return WorkbookChecks.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts the workbook to .xlsx with LibreOffice, which recalculates it, and opens the result. */
    static Workbook convert(Path soffice, byte[] input, WorkbookFormat format, Path directory)
            throws IOException, InterruptedException {
        Path in = Files.createDirectories(directory.resolve("in")).resolve("rekap" + format.extension());
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
        Path converted = out.resolve("rekap.xlsx");
        assertThat(process.exitValue()).as("soffice exit code; output: " + read(log)).isZero();
        assertThat(converted).as("converted file; soffice output: " + read(log)).exists();
        return WorkbookChecks.open(Files.readAllBytes(converted));
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
