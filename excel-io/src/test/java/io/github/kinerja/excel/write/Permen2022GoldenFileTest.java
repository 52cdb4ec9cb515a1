package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.WorkbookChecks.assertMatchesGolden;

import java.io.IOException;
import java.time.LocalDate;
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
}
