package io.github.kinerja.excel.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compares the written PermenPANRB 8/2021 SKP of the varied sample with golden files: every cell's address, type,
 * value and formula, and the merged regions, one per line (bytes differ between POI versions, so they are not
 * compared).
 *
 * <p>Run with {@code -Dgolden.update=true} to rewrite the files after an intended change of the layout, then
 * review the diff.
 */
class Permen2021GoldenFileTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void varied_sample_matchesGoldenFile(WorkbookFormat format) throws IOException {
        Workbook written = Permen2021FormWriter.standard().withSigningPlace("Jakarta")
                .createSkp(Permen2021Samples.varied(), format);

        assertMatchesGolden("permen2021-skp" + format.extension() + ".txt", written);
    }

    private static void assertMatchesGolden(String name, Workbook written) throws IOException {
        List<String> actual;
        try (Workbook reopened = WorkbookChecks.open(WorkbookChecks.bytes(written))) {
            actual = WorkbookChecks.dump(reopened);
        }
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file; run the test with -Dgolden.update=true to create it").exists();
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(file, StandardCharsets.UTF_8));
    }
}
