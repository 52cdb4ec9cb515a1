package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.pp46.Pp46Validator;
import io.github.kinerja.core.pp46.calc.KegiatanResult;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Evaluation forms with one invalid target value in the row of K2 (row 15): the other kegiatan are still scored,
 * and the validation findings name the cells of the sheet instead of JSON Pointers into the model.
 */
class InvalidTargetTest {

    private static final int K2_ROW = 14;
    private static final int TARGET_KUALITAS_COLUMN = 5;

    private static Pp46ReadResult readChanged(Pp46FormFixtures.Format format, Consumer<Cell> change)
            throws IOException {
        byte[] original = Pp46FormFixtures.write(SpecVectorWorkbooks.s1WithPerilaku(), format);
        byte[] changed;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(original))) {
            change.accept(workbook.getSheet(Pp46FormFixtures.SHEET).getRow(K2_ROW).getCell(TARGET_KUALITAS_COLUMN));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            changed = out.toByteArray();
        }
        return Pp46WorkbookReader.standard().read(new ByteArrayInputStream(changed), "invalid" + format.extension());
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_targetKualitasAbove100_staysAnEvaluationWithFindingAtTheCell(Pp46FormFixtures.Format format)
            throws IOException {
        Pp46ReadResult result = readChanged(format, cell -> cell.setCellValue(120));

        assertThat(result.layout()).isEqualTo(WorkbookLayout.PP46_PENILAIAN_SKP);
        assertThat(result.skp().kegiatan()).hasSize(3);
        assertThat(result.score().orElseThrow().kegiatan()).extracting(KegiatanResult::name)
                .containsExactly("K1 Menyusun laporan keuangan", "K3 Melaksanakan verifikasi");
        assertThat(result.report().findings())
                .filteredOn(f -> f.code().equals(Pp46Validator.KEGIATAN_TARGET_KUALITAS_OUT_OF_RANGE))
                .singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo("SKP!F15"));
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.pp46.kegiatanNotScored"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location()).isEqualTo("SKP!B15");
                    assertThat(f.arguments()).containsExactly("2", "K2 Menyusun rencana kerja", "2");
                });
        // The totals of the form include K2, so they are not compared with a score without it.
        assertThat(result.report().findings()).extracting(Finding::code).doesNotContain("excel.pp46.shownDiffers");
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_targetKualitasNotANumber_missingTargetAtTheKegiatanRow(Pp46FormFixtures.Format format)
            throws IOException {
        Pp46ReadResult result = readChanged(format, cell -> cell.setCellValue("seratus"));

        assertThat(result.score()).isPresent();
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.cell.notANumber"))
                .singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo("SKP!F15"));
        assertThat(result.report().findings())
                .filteredOn(f -> f.code().equals(Pp46Validator.KEGIATAN_TARGET_MISSING))
                .singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo("SKP!B15"));
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_validForm_noJsonPointerLocations(Pp46FormFixtures.Format format) throws IOException {
        Pp46ReadResult result = readChanged(format, cell -> cell.setCellValue(100));

        assertThat(result.report().findings()).extracting(Finding::location).noneMatch(l -> l.startsWith("/"));
        assertThat(result.score().orElseThrow().kegiatan()).hasSize(3);
    }
}
