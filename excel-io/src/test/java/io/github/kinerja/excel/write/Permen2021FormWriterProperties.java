package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.WorkbookChecks.assertFormulasMatchCachedValues;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.permen2021.HasilIki;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.HasilRencanaKinerja;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import io.github.kinerja.excel.Permen2021ReadResult;
import io.github.kinerja.excel.Permen2021WorkbookReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

class Permen2021FormWriterProperties {

    private static final List<Character> FORMULA_STARTS = List.of('=', '+', '-', '@');

    // One property writes each workbook once and checks the round trip, the cached values and the formulas,
    // because writing and reading dominate the run time.
    @Test
    void penilaian_roundTrip_matchesLibrary() {
        Property.forAll(WriteGens.permen2021Penilaian(), Gens.oneOf(WorkbookFormat.values()), (penilaian, format) -> {
            byte[] bytes = write(penilaian, format);

            Permen2021ReadResult read = Permen2021WorkbookReader.standard().read(new ByteArrayInputStream(bytes),
                    "generated" + format.extension());

            assertThat(read.skp()).isEqualTo(penilaian.skp());
            assertThat(read.penilaian()).contains(penilaian);
            List<Finding> readerFindings = read.report().findings().stream()
                    .filter(f -> f.code().startsWith("excel.")).toList();
            assertThat(readerFindings).isEmpty();

            HasilPenilaian hasil = Permen2021Scorer.standard().score(penilaian);
            try (Workbook workbook = WorkbookChecks.open(bytes)) {
                assertThat(cachedNumbers(workbook)).containsAll(expectedNumbers(hasil));
                assertThat(assertFormulasMatchCachedValues(workbook)).isPositive();
                assertFormulaLikeTextIsText(workbook);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void skp_readBack_isTheSkpWithoutPenilaian() {
        Property.forAll(WriteGens.permen2021Skp(), Gens.oneOf(WorkbookFormat.values()), (skp, format) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                Permen2021FormWriter.standard().writeSkp(skp, format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }

            Permen2021ReadResult read = Permen2021WorkbookReader.standard().read(
                    new ByteArrayInputStream(out.toByteArray()), "skp" + format.extension());

            assertThat(read.skp()).isEqualTo(skp);
            assertThat(read.penilaian()).isEmpty();
            assertThat(read.report().findings()).filteredOn(f -> f.code().startsWith("excel.")).isEmpty();
        });
    }

    private static byte[] write(PenilaianKinerja penilaian, WorkbookFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Permen2021FormWriter.standard().writeSkp(penilaian, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // The scorer's results as the doubles a cell stores: every capaian, nilai and nilai tertimbang, the sums, the
    // nilai akhir.
    private static List<Double> expectedNumbers(HasilPenilaian hasil) {
        List<Double> numbers = new ArrayList<>();
        for (HasilRencanaKinerja rencana : hasil.rencanaKinerja()) {
            for (HasilIki iki : rencana.iki()) {
                numbers.add(iki.capaian().percent().doubleValue());
                numbers.add(iki.nilaiUsed().doubleValue());
            }
            if (!rencana.iki().isEmpty()) {
                numbers.add(rencana.nilai().doubleValue());
            }
            numbers.add(rencana.nilaiTertimbang().doubleValue());
        }
        for (BigDecimal value : List.of(hasil.nilaiUtama(), hasil.nilaiTambahan(), hasil.nilaiSkp(),
                hasil.nilaiAkhir().nilai())) {
            numbers.add(value.doubleValue());
        }
        return numbers;
    }

    private static List<Double> cachedNumbers(Workbook workbook) {
        List<Double> numbers = new ArrayList<>();
        for (Row row : workbook.getSheetAt(0)) {
            for (Cell cell : row) {
                boolean numeric = cell.getCellType() == CellType.NUMERIC || (cell.getCellType() == CellType.FORMULA
                        && cell.getCachedFormulaResultType() == CellType.NUMERIC);
                if (numeric) {
                    numbers.add(cell.getNumericCellValue());
                }
            }
        }
        return numbers;
    }

    // Every cell whose text starts like a formula is a text cell with the quote prefix.
    private static void assertFormulaLikeTextIsText(Workbook workbook) {
        Sheet sheet = workbook.getSheetAt(0);
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()
                        && FORMULA_STARTS.contains(cell.getStringCellValue().charAt(0))) {
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().formatAsString())
                            .isTrue();
                }
                if (cell.getCellType() == CellType.FORMULA) {
                    assertThat(cell.getCellFormula()).as(cell.getAddress().formatAsString())
                            .doesNotContain("HYPERLINK");
                }
            }
        }
    }
}
