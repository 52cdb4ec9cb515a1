package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.WorkbookChecks.assertFormulasMatchCachedValues;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import io.github.kinerja.excel.Pp46ReadResult;
import io.github.kinerja.excel.Pp46WorkbookReader;
import io.github.kinerja.excel.WorkbookLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

class Pp46FormWriterProperties {

    // One property writes each workbook once and checks both the round trip and the formulas, because writing
    // and reading dominate the run time.
    @Test
    void penilaian_readBackAndRecalculation_matchTheLibrary() {
        Property.forAll(WriteGens.penilaian(), Gens.oneOf(WorkbookFormat.values()), (skp, format) -> {
            byte[] bytes = penilaian(skp, format);

            Pp46ReadResult read = Pp46WorkbookReader.standard().read(new ByteArrayInputStream(bytes),
                    "generated" + format.extension());

            assertThat(read.layout()).isEqualTo(WorkbookLayout.PP46_PENILAIAN_SKP);
            assertThat(read.skp()).isEqualTo(skp);
            // Every shown value matches the reader's own scoring, so the reader reports no difference.
            List<Finding> differences = read.report().findings().stream()
                    .filter(f -> f.code().startsWith("excel.")).toList();
            assertThat(differences).isEmpty();

            try (Workbook workbook = WorkbookChecks.open(bytes)) {
                assertThat(assertFormulasMatchCachedValues(workbook)).isPositive();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void formulir_readBack_isThePlan() {
        Property.forAll(WriteGens.formulir(), Gens.oneOf(WorkbookFormat.values()), (skp, format) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                Pp46FormWriter.standard().writeFormulirSkp(skp, format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }

            Pp46ReadResult read = Pp46WorkbookReader.standard().read(new ByteArrayInputStream(out.toByteArray()),
                    "plan" + format.extension());

            assertThat(read.layout()).isEqualTo(WorkbookLayout.PP46_FORMULIR_SKP);
            assertThat(read.skp()).isEqualTo(skp);
        });
    }

    private static byte[] penilaian(SkpPp46 skp, WorkbookFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Pp46FormWriter.standard().writePenilaianSkp(skp, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
