package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.WorkbookChecks.assertMatchesGolden;

import java.io.IOException;
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

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void varied_sample_matchesGoldenFile(WorkbookFormat format) throws IOException {
        Workbook written = Permen2021FormWriter.standard().withSigningPlace("Jakarta")
                .createSkp(Permen2021Samples.varied(), format);

        assertMatchesGolden("permen2021-skp" + format.extension() + ".txt", written);
    }
}
