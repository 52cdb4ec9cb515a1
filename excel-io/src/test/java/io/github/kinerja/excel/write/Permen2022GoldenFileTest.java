package io.github.kinerja.excel.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compares the written PermenPANRB 6/2022 documents of the sample plan and evaluation with golden files: every
 * cell's address, type, value and formula, and the merged regions, one per line (bytes differ between POI versions,
 * so they are not compared).
 *
 * <p>Run with {@code -Dgolden.update=true} to rewrite the files after an intended change of the layout, then
 * review the diff.
 */
class Permen2022GoldenFileTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skp_sample_matchesGoldenFile(WorkbookFormat format) throws IOException {
        Workbook written = writer().createSkp(Permen2022Samples.jaJf(), format);

        assertMatchesGolden("permen2022-skp" + format.extension() + ".txt", written);
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skpJpt_sample_matchesGoldenFile(WorkbookFormat format) throws IOException {
        Workbook written = writer().createSkp(Permen2022Samples.jpt(), format);

        assertMatchesGolden("permen2022-skp-jpt" + format.extension() + ".txt", written);
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void evaluasi_sample_matchesGoldenFile(WorkbookFormat format) throws IOException {
        Workbook written = writer().createEvaluasi(Permen2022Samples.evaluasi(), format);

        assertMatchesGolden("permen2022-evaluasi" + format.extension() + ".txt", written);
    }

    private static Permen2022FormWriter writer() {
        return Permen2022FormWriter.standard().withSigningPlace("Jakarta").withInstansi("Pemerintah Kabupaten Contoh")
                .withSigningDate(LocalDate.of(2023, 1, 2));
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
