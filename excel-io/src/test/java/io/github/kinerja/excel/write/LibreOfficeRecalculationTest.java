package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.Pp46Samples.d;
import static io.github.kinerja.excel.write.WorkbookChecks.assertClose;
import static io.github.kinerja.excel.write.WorkbookChecks.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
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

    private static void compare(Cell expected, Workbook recalculated) {
        String address = new CellReference(expected).formatAsString(false);
        String sheet = expected.getSheet().getSheetName();
        Cell actual = cell(recalculated, sheet, address);
        String where = sheet + "!" + address + " =" + expected.getCellFormula();
        assertThat(actual.getCellType()).as(where).isEqualTo(CellType.FORMULA);
        assertThat(actual.getCachedFormulaResultType()).as(where).isEqualTo(expected.getCachedFormulaResultType());
        if (expected.getCachedFormulaResultType() == CellType.NUMERIC) {
            assertClose(where, actual.getNumericCellValue(), expected.getNumericCellValue());
        } else {
            assertThat(actual.getStringCellValue()).as(where).isEqualTo(expected.getStringCellValue());
        }
    }

    // Replaces every cached formula result with a value no formula yields and sets the force-recalculation flag.
    private static byte[] spoiled(byte[] workbookBytes) throws IOException {
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
        }
    }

    private static Workbook convert(Path soffice, byte[] input, WorkbookFormat format, Path directory)
            throws IOException, InterruptedException {
        Path in = Files.createDirectories(directory.resolve("in")).resolve("skp" + format.extension());
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
        Path converted = out.resolve("skp.xlsx");
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
