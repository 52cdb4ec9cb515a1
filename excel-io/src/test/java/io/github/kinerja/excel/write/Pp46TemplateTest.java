package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.Pp46Samples.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import io.github.kinerja.excel.Pp46ReadResult;
import io.github.kinerja.excel.Pp46WorkbookReader;
import io.github.kinerja.excel.WorkbookLayout;
import io.github.kinerja.excel.WorkbookReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tests the empty forms of {@link Pp46FormWriter}: a template shows nothing until it is filled, and a filled
 * template calculates in Excel and reads back like a written form.
 */
class Pp46TemplateTest {

    private static final AssessmentPeriod YEAR = AssessmentPeriod.ofYear(2026);
    // Rows of the Penilaian sheet (0-based) and its columns: B kegiatan, E:J target, L:Q realisasi, S nilai.
    private static final int FIRST_KEGIATAN_ROW = 13;
    private static final int NILAI = 18;

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaianTemplate_empty_showsNothing(WorkbookFormat format) throws IOException {
        try (Workbook workbook = WorkbookChecks.open(WorkbookChecks.bytes(
                Pp46FormWriter.standard().createPenilaianTemplate(YEAR, 10, format)))) {
            int formulas = WorkbookChecks.assertFormulasMatchCachedValues(workbook);

            // 10 rows of 9 formulas, the two section values, the Nilai Capaian SKP and its category.
            assertThat(formulas).isEqualTo(10 * 9 + 4);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(FIRST_KEGIATAN_ROW).getCell(NILAI).getStringCellValue()).isEmpty();
            assertThat(WorkbookChecks.cell(workbook, "SKP", "A2").getStringCellValue())
                    .isEqualTo("Jangka Waktu Penilaian 1 Januari 2026 s.d. 31 Desember 2026");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaianTemplate_filled_readsBackScored(WorkbookFormat format)
            throws IOException {
        SkpPp46 sample = Pp46Samples.skp();
        Workbook template = Pp46FormWriter.standard().createPenilaianTemplate(Pp46Samples.PERIOD, 8, format);
        fillPenilaian(template, sample);
        template.getCreationHelper().createFormulaEvaluator().evaluateAll();
        byte[] filled = WorkbookChecks.bytes(template);

        Pp46Result expected = Pp46Scorer.defaults().score(withoutExtras(sample));
        try (Workbook workbook = WorkbookChecks.open(filled)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < sample.kegiatan().size(); i++) {
                Row row = sheet.getRow(FIRST_KEGIATAN_ROW + i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(WorkbookChecks.number(row.getCell(NILAI)).setScale(2, RoundingMode.HALF_UP))
                        .isEqualByComparingTo(expected.kegiatan().get(i).value().setScale(2, RoundingMode.HALF_UP));
            }
            assertThat(sheet.getRow(FIRST_KEGIATAN_ROW + sample.kegiatan().size()).getCell(0).getStringCellValue())
                    .isEmpty();
        }

        Pp46ReadResult read = Pp46WorkbookReader.standard().read(new ByteArrayInputStream(filled),
                "filled" + format.extension());
        assertThat(read.layout()).isEqualTo(WorkbookLayout.PP46_PENILAIAN_SKP);
        assertThat(read.skp().kegiatan()).isEqualTo(sample.kegiatan());
        assertThat(read.skp().pegawai().name()).isEqualTo(sample.pegawai().name());
        assertThat(read.score().orElseThrow().nilaiCapaianSkp()).isEqualTo(expected.nilaiCapaianSkp());
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaianTemplate_numberAsText_warnsAtCell(WorkbookFormat format) {
        Workbook template = Pp46FormWriter.standard().createPenilaianTemplate(YEAR, 3, format);
        Row row = template.getSheetAt(0).getRow(FIRST_KEGIATAN_ROW);
        identity(template.getSheetAt(0), 14, "Siti Aminah", "19660812 199402 2 908");
        row.getCell(1).setCellValue("Menyusun laporan");
        side(row, 4, d("10"), Optional.of("laporan"), d("100"), d("12"), Optional.empty());
        side(row, 11, d("10"), Optional.of("laporan"), d("90"), d("12"), Optional.empty());
        row.getCell(11).setCellValue("9,5");
        template.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Pp46ReadResult read = Pp46WorkbookReader.standard().read(
                new ByteArrayInputStream(WorkbookChecks.bytes(template)), "typed" + format.extension());

        assertThat(read.skp().kegiatan().get(0).realisasi().orElseThrow().kuantitas()).isEqualByComparingTo("9.5");
        assertThat(read.report().findings())
                .filteredOn(f -> f.code().equals("excel.number.storedAsText"))
                .extracting(f -> f.location())
                .containsExactly("SKP!L14");
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaianTemplate_unfilled_rejected(WorkbookFormat format) {
        // Ten blank rows, as the template command writes by default, end the table right under its header.
        byte[] empty = WorkbookChecks.bytes(Pp46FormWriter.standard().createPenilaianTemplate(YEAR, 10, format));

        assertThatThrownBy(() -> Pp46WorkbookReader.standard().read(new ByteArrayInputStream(empty),
                "template" + format.extension()))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessageContaining("no kegiatan found under the table header of sheet SKP")
                .hasMessageContaining("uraian in column B");
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void formulirTemplate_filled_readsBackAsPlan(WorkbookFormat format) {
        Workbook template = Pp46FormWriter.standard().createFormulirTemplate(YEAR, 6, format);
        Sheet sheet = template.getSheetAt(0);
        identity(sheet, 6, "Siti Aminah, S.E.", "19660812 199402 2 908");
        Row row = sheet.getRow(FIRST_KEGIATAN_ROW);
        row.getCell(1).setCellValue("Menyusun laporan kinerja");
        row.getCell(4).setCellValue(12);
        row.getCell(5).setCellValue("laporan");
        row.getCell(6).setCellValue(100);
        row.getCell(7).setCellValue(12);
        row.getCell(8).setCellValue("Bulan");
        row.getCell(9).setCellValue("-");
        template.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Pp46ReadResult read = Pp46WorkbookReader.standard().read(
                new ByteArrayInputStream(WorkbookChecks.bytes(template)), "formulir" + format.extension());

        assertThat(read.layout()).isEqualTo(WorkbookLayout.PP46_FORMULIR_SKP);
        assertThat(read.skp().period()).isEqualTo(YEAR);
        assertThat(read.skp().kegiatan()).containsExactly(Kegiatan.builder().name("Menyusun laporan kinerja")
                .satuanOutput("laporan").target(Target.of(d("12"), d("100"), d("12"))).build());
    }

    @Test
    void template_rowCountOutOfRange_rejected() {
        assertThatThrownBy(() -> Pp46FormWriter.standard().createFormulirTemplate(YEAR, 0, WorkbookFormat.XLSX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0");
        assertThatThrownBy(() -> Pp46FormWriter.standard().createPenilaianTemplate(YEAR,
                Pp46FormWriter.MAX_TEMPLATE_ROWS + 1, WorkbookFormat.XLS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writeTemplate_toFile_noTemporaryFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("penilaian.xlsx");

        Pp46FormWriter.standard().writePenilaianTemplate(YEAR, 3, file);

        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("penilaian.xlsx");
        }
        try (Workbook workbook = WorkbookChecks.open(Files.readAllBytes(file))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("SKP");
        }
    }

    // Types the sample's identity and kegiatan into the template as a user would, without tambahan or kreativitas.
    static void fillPenilaian(Workbook template, SkpPp46 skp) {
        Sheet sheet = template.getSheetAt(0);
        identity(sheet, 14, skp.pegawai().name(), skp.pegawai().nip().orElseThrow().formatted());
        List<Kegiatan> kegiatan = skp.kegiatan();
        for (int i = 0; i < kegiatan.size(); i++) {
            Kegiatan k = kegiatan.get(i);
            Target t = k.target().orElseThrow();
            Row row = sheet.getRow(FIRST_KEGIATAN_ROW + i);
            row.getCell(1).setCellValue(k.name());
            side(row, 4, t.kuantitas(), k.satuanOutput(), t.kualitas(), t.waktu(), t.biaya());
            t.angkaKredit().ifPresent(ak -> row.getCell(3).setCellValue(ak.doubleValue()));
            if (k.realisasi().isPresent()) {
                var r = k.realisasi().get();
                side(row, 11, r.kuantitas(), k.satuanOutput(), r.kualitas(), r.waktu(), r.biaya());
                r.angkaKredit().ifPresent(ak -> row.getCell(10).setCellValue(ak.doubleValue()));
            } else if (t.biaya().isEmpty()) {
                row.getCell(16).setCellValue("-");
            }
        }
    }

    private static void side(Row row, int first, BigDecimal kuantitas, Optional<String> satuan, BigDecimal kualitas,
            BigDecimal waktu, Optional<BigDecimal> biaya) {
        row.getCell(first).setCellValue(kuantitas.doubleValue());
        satuan.ifPresent(s -> row.getCell(first + 1).setCellValue(s));
        row.getCell(first + 2).setCellValue(kualitas.doubleValue());
        row.getCell(first + 3).setCellValue(waktu.doubleValue());
        row.getCell(first + 4).setCellValue("Bulan");
        if (biaya.isPresent()) {
            row.getCell(first + 5).setCellValue(biaya.get().doubleValue());
        } else {
            row.getCell(first + 5).setCellValue("-");
        }
    }

    // Fills Nama and NIP of an identity block whose values start in the given 0-based column.
    private static void identity(Sheet sheet, int valueColumn, String name, String nip) {
        sheet.getRow(4).getCell(valueColumn).setCellValue(name);
        sheet.getRow(5).getCell(valueColumn).setCellValue(nip);
    }

    private static SkpPp46 withoutExtras(SkpPp46 skp) {
        return SkpPp46.builder().from(skp).tugasTambahan(List.of()).kreativitas(List.of()).perilaku(Optional.empty())
                .build();
    }
}
