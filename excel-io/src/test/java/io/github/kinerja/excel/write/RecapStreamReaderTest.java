package io.github.kinerja.excel.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.PredikatMatrix;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.excel.RecapStreamReader;
import io.github.kinerja.excel.RecapStreamResult;
import io.github.kinerja.excel.WorkbookLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streamed reads of the recap: 100 000 employees, continuation sheets, findings with sheet and cell. */
class RecapStreamReaderTest {

    private static final PeriodeEvaluasi JANUARI = PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1));
    private static final int LARGE = 100_000;
    // Far below the heap the usermodel needs for 100 000 rows (several GB), above what the JVM itself needs.
    private static final String SMALL_HEAP = "-Xmx96m";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @Test
    void read_hundredThousandEmployees_everyRowInOrder(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("rekap.xlsx");
        Permen2022RecapWriter.standard().write(RecapSamples.unit(PredikatOrganisasi.BAIK), JANUARI,
                RecapSamples.generated(LARGE), file);
        Map<PredikatPegawai, Integer> counts = new EnumMap<>(PredikatPegawai.class);
        List<String> mismatches = new ArrayList<>();
        int[] index = {0};

        RecapStreamResult result = RecapStreamReader.standard().read(file, row -> {
            int i = index[0]++;
            PredikatPegawai expected = PredikatMatrix.standard().predikat(RecapSamples.hasilKerja(i),
                    RecapSamples.perilaku(i));
            boolean same = row.nama().equals(RecapSamples.name(i))
                    && row.nip().equals(Optional.of(RecapSamples.nip(i)))
                    && row.jabatan().equals(Optional.of("Analis " + i))
                    && row.nomor().equals(Optional.of(String.valueOf(i + 1)))
                    && row.hasilKerja().equals(Optional.of(RecapSamples.hasilKerja(i)))
                    && row.perilakuKerja().equals(Optional.of(RecapSamples.perilaku(i)))
                    && row.predikat().equals(Optional.of(expected));
            if (!same && mismatches.size() < 5) {
                mismatches.add("row " + i + ": " + row);
            }
            row.predikat().ifPresent(p -> counts.merge(p, 1, Integer::sum));
        });

        assertThat(result.layout()).isEqualTo(WorkbookLayout.PERMEN2022_UNIT_RECAP);
        assertThat(result.rowCount()).isEqualTo(LARGE);
        assertThat(index[0]).isEqualTo(LARGE);
        assertThat(mismatches).isEmpty();
        assertThat(result.sheetNames()).containsExactly(Permen2022RecapWriter.SHEET_NAME);
        assertThat(result.report().findings()).isEmpty();
        // Ratings cycle through the nine matrix cells: 1 Sangat Baik, 5 Baik, 2 Butuh Perbaikan, 1 Kurang.
        assertThat(counts.get(PredikatPegawai.SANGAT_BAIK)).isEqualTo(countOf(PredikatPegawai.SANGAT_BAIK));
        assertThat(counts.get(PredikatPegawai.BAIK)).isEqualTo(countOf(PredikatPegawai.BAIK));
    }

    @Test
    void read_forkedSmallHeap_hundredThousandRows(@TempDir Path directory)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path file = directory.resolve("rekap.xlsx");
        Path log = directory.resolve("fork.log");
        Process process = new ProcessBuilder(java.toString(), SMALL_HEAP, "-cp",
                System.getProperty("java.class.path"), RecapStreamMemoryCheck.class.getName(), file.toString(),
                String.valueOf(LARGE))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("forked JVM finished within " + TIMEOUT + "; output: " + read(log)).isTrue();
        assertThat(process.exitValue()).as("exit code of the forked JVM with " + SMALL_HEAP + "; output: "
                + read(log)).isZero();
        assertThat(Files.size(file)).isGreaterThan(1_000_000L);
    }

    @Test
    void read_xlsContinuationSheets_readsAllInOrder(@TempDir Path directory) throws IOException {
        int count = 65_536 - 7 - Permen2022RecapWriter.RESERVED_ROWS + 3;
        Path file = directory.resolve("rekap.xls");
        Permen2022RecapWriter.standard().write(RecapSamples.unit(null), JANUARI, RecapSamples.generated(count),
                file);
        List<RecapRow> rows = new ArrayList<>();

        RecapStreamResult result = RecapStreamReader.standard().read(file, rows::add);

        assertThat(result.sheetNames()).containsExactly("REKAP PREDIKAT", "REKAP PREDIKAT (2)");
        assertThat(rows).hasSize(count);
        assertThat(rows.get(count - 1).nama()).isEqualTo(RecapSamples.name(count - 1));
        assertThat(rows.get(count - 1).nomor()).contains(String.valueOf(count));
    }

    @Test
    void read_editedCells_findingsNameSheetAndCell(@TempDir Path directory) throws IOException {
        Path written = directory.resolve("written.xlsx");
        Permen2022RecapWriter.standard().write(RecapSamples.unit(PredikatOrganisasi.BAIK), JANUARI,
                RecapSamples.generated(3), written);
        Path edited = directory.resolve("edited.xlsx");
        try (Workbook workbook = WorkbookChecks.open(Files.readAllBytes(written))) {
            edit(workbook, "G9", "Luar Biasa");
            edit(workbook, "B10", "1234");
            edit(workbook, "E8", "Sesuai");
            try (OutputStream out = Files.newOutputStream(edited)) {
                workbook.write(out);
            }
        }
        List<RecapRow> rows = new ArrayList<>();

        RecapStreamResult result = RecapStreamReader.standard().read(edited, rows::add);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).predikat()).isEmpty();
        assertThat(rows.get(2).nip()).isEmpty();
        assertThat(rows.get(2).nipText()).contains("1234");
        assertThat(result.report().findings()).extracting(Finding::code, Finding::location).containsExactly(
                tuple("excel.recap.predikatDiffers", "REKAP PREDIKAT!G8"),
                tuple("excel.predikat.invalid", "REKAP PREDIKAT!G9"),
                tuple("excel.nip.invalid", "REKAP PREDIKAT!B10"));
    }

    // Blanks the cell first: on a cell with an inline string, as SXSSF writes them, POI's setCellValue keeps the
    // old inline text, which readers prefer.
    private static void edit(Workbook workbook, String address, String text) {
        Cell cell = WorkbookChecks.cell(workbook, Permen2022RecapWriter.SHEET_NAME, address);
        cell.setBlank();
        cell.setCellValue(text);
    }

    private static int countOf(PredikatPegawai predikat) {
        int count = 0;
        for (int i = 0; i < LARGE; i++) {
            if (PredikatMatrix.standard().predikat(RecapSamples.hasilKerja(i), RecapSamples.perilaku(i))
                    == predikat) {
                count++;
            }
        }
        return count;
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
