package io.github.kinerja.excel.write;

import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.excel.RecapStreamReader;
import io.github.kinerja.excel.RecapStreamResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Writes and stream-reads a generated recap in a JVM of its own, so that a test can run it with a small maximum
 * heap. Exits with 0 when every row read back has the written name, 3 when the row count differs and 4 when a
 * name differs; an {@link OutOfMemoryError} ends the JVM with a non-zero code of its own.
 *
 * <p>Arguments: the .xlsx file to write, the number of employees.
 */
final class RecapStreamMemoryCheck {

    private RecapStreamMemoryCheck() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Permen2022RecapWriter.standard().write(RecapSamples.unit(PredikatOrganisasi.BAIK),
                PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1)), RecapSamples.generated(count), file);
        int[] index = {0};
        boolean[] namesMatch = {true};
        RecapStreamResult result = RecapStreamReader.standard().read(file, row -> {
            namesMatch[0] &= row.nama().equals(RecapSamples.name(index[0]));
            index[0]++;
        });
        if (result.rowCount() != count) {
            System.exit(3);
        }
        if (!namesMatch[0]) {
            System.exit(4);
        }
    }
}
