package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.WorkbookChecks.assertFormulasMatchCachedValues;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import io.github.kinerja.excel.Permen2022ReadResult;
import io.github.kinerja.excel.Permen2022WorkbookReader;
import io.github.kinerja.excel.WorkbookLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

class Permen2022FormWriterProperties {

    private static final List<Character> FORMULA_STARTS = List.of('=', '+', '-', '@');

    @Test
    void skp_readBack_isTheSameSkp() {
        Property.forAll(WriteGens.permen2022Skp(), Gens.oneOf(WorkbookFormat.values()), (skp, format) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                Permen2022FormWriter.standard().writeSkp(skp, format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }

            Permen2022ReadResult read = Permen2022WorkbookReader.standard()
                    .read(new ByteArrayInputStream(out.toByteArray()), "skp" + format.extension());

            assertThat(read.layout()).isEqualTo(WorkbookLayout.PERMEN2022_SKP);
            assertThat(read.skp()).isEqualTo(skp);
            assertThat(read.report().findings()).isEmpty();
            assertNoFormulaFromUserText(out.toByteArray(), skp);
        });
    }

    // One property writes each workbook once and checks the round trip, the predikat and the formulas, because
    // writing and reading dominate the run time.
    @Test
    void evaluasi_readBackAndPredikat_matchTheLibrary() {
        Property.forAll(WriteGens.permen2022Penilaian(), Gens.oneOf(WorkbookFormat.values()), (penilaian, format) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                Permen2022FormWriter.standard().writeEvaluasi(penilaian, format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = out.toByteArray();

            Permen2022ReadResult read = Permen2022WorkbookReader.standard()
                    .read(new ByteArrayInputStream(bytes), "evaluasi" + format.extension());

            assertThat(read.layout()).isEqualTo(WorkbookLayout.PERMEN2022_EVALUASI);
            assertThat(read.penilaian()).contains(penilaian);
            assertThat(read.report().findings()).isEmpty();
            boolean scorable = (penilaian.predikatUnitDipimpin().isPresent()
                    || penilaian.evaluasi().ratingHasilKerja().isPresent())
                    && penilaian.evaluasi().ratingPerilaku().isPresent();
            if (scorable) {
                String expected = Permen2022Scorer.standard().score(penilaian).predikat().label();
                assertThat(read.shownPredikat()).contains(expected);
                assertThat(read.hasil().orElseThrow().predikat().label()).isEqualTo(expected);
            } else {
                assertThat(read.shownPredikat()).isEmpty();
            }
            try (Workbook workbook = WorkbookChecks.open(bytes)) {
                assertThat(assertFormulasMatchCachedValues(workbook)).isEqualTo(1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertNoFormulaFromUserText(bytes, penilaian.skp());
        });
    }

    // Every formula of the forms is the predikat lookup, so no text of the model became a formula. Every model text
    // that starts like a formula is in a quote-prefixed text cell.
    private static void assertNoFormulaFromUserText(byte[] bytes, Skp skp) {
        List<String> userTexts = userTexts(skp);
        try (Workbook workbook = WorkbookChecks.open(bytes)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).startsWith("IF(OR(");
                        } else if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            if (!text.isEmpty() && FORMULA_STARTS.contains(text.charAt(0))
                                    && userTexts.contains(text)) {
                                assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isTrue();
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> userTexts(Skp skp) {
        List<String> texts = new ArrayList<>();
        skp.rhk().forEach(rhk -> {
            texts.add(rhk.uraian());
            rhk.iki().forEach(iki -> texts.add(iki.indikator()));
        });
        texts.addAll(skp.ekspektasiKhususPimpinan().values());
        skp.lampiran().forEach(item -> texts.add(item.uraian()));
        return texts;
    }
}
