package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.WorkbookChecks.assertMatchesGolden;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compares the written forms of the sample SKP with golden files: every cell's address, type, value and formula,
 * and the merged regions, one per line (bytes differ between POI versions, so they are not compared).
 *
 * <p>Run with {@code -Dgolden.update=true} to rewrite the files after an intended change of the layout, then
 * review the diff.
 */
class Pp46GoldenFileTest {

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaian_sample_matchesGoldenFile(WorkbookFormat format) throws IOException {
        Workbook written = writer().createPenilaianSkp(Pp46Samples.skp(), format);

        assertMatchesGolden("pp46-penilaian" + format.extension() + ".txt", written);
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void formulir_sample_matchesGoldenFile(WorkbookFormat format) throws IOException {
        Workbook written = writer().createFormulirSkp(Pp46Samples.skp(), format);

        assertMatchesGolden("pp46-formulir" + format.extension() + ".txt", written);
    }

    private static Pp46FormWriter writer() {
        return Pp46FormWriter.standard().withSigningPlace("Jakarta");
    }
}
