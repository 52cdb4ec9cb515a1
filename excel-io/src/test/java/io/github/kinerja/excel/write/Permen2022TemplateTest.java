package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.Permen2022FormWriterTest.find;
import static io.github.kinerja.excel.write.Permen2022FormWriterTest.labelledValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2022.CoreValue;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.Iki;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.LampiranItem;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.RealisasiIki;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.permen2022.UmpanBalik;
import io.github.kinerja.excel.WorkbookLayout;
import io.github.kinerja.excel.WorkbookReadException;
import io.github.kinerja.excel.WorkbookReadResult;
import io.github.kinerja.excel.WorkbookReader;
import io.github.kinerja.excel.internal.Permen2022Labels;
import io.github.kinerja.excel.write.internal.IndonesianText;
import io.github.kinerja.excel.write.internal.Permen2022SheetWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tests the empty forms of {@link Permen2022FormWriter}: a template shows nothing until it is filled, and a filled
 * template reads back like a written form, with the predikat formula giving the scorer's predikat.
 */
class Permen2022TemplateTest {

    private static final AssessmentPeriod YEAR = AssessmentPeriod.ofYear(2023);
    // Columns of the plan table (0-based): A NO, B atasan, C RHK, D aspek, E IKI, F:G target, H:K realisasi,
    // L umpan balik. The ekspektasi khusus pimpinan and the ratings are typed into F as well.
    private static final int NO = 0;
    private static final int ATASAN = 1;
    private static final int RHK = 2;
    private static final int ASPEK = 3;
    private static final int IKI = 4;
    private static final int TARGET = 5;
    private static final int SATUAN = 6;
    private static final int REALISASI = 7;
    private static final int REALISASI_SATUAN = 8;
    private static final int KETERANGAN = 9;
    private static final int BUKTI = 10;
    private static final int UMPAN_BALIK = 11;

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void evaluasiTemplate_empty_showsNothing(WorkbookFormat format) throws IOException {
        try (Workbook workbook = WorkbookChecks.open(WorkbookChecks.bytes(
                Permen2022FormWriter.standard().createEvaluasiTemplate(YEAR, ModelSkp.JA_JF, 10, format)))) {
            int formulas = WorkbookChecks.assertFormulasMatchCachedValues(workbook);

            // A NO in each of the 10 utama and 3 tambahan rows, and the predikat.
            assertThat(formulas).isEqualTo(10 + Permen2022FormWriter.TEMPLATE_TAMBAHAN_ROWS + 1);
            Sheet sheet = workbook.getSheet(Permen2022SheetWriter.EVALUASI_SHEET);
            assertThat(labelledValue(sheet, "PREDIKAT KINERJA PEGAWAI").getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(firstRow(sheet, "A. Utama")).getCell(NO).getStringCellValue()).isEmpty();
            assertThat(find(sheet, "Periode SKP").getRow().getCell(RHK).getStringCellValue())
                    .isEqualTo("1 Januari 2023 s.d. 31 Desember 2023");
            assertThat(workbook.getSheet(Permen2022SheetWriter.KUADRAN_SHEET)).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skpTemplate_empty_hasNoFormulaErrors(WorkbookFormat format) throws IOException {
        try (Workbook workbook = WorkbookChecks.open(WorkbookChecks.bytes(
                Permen2022FormWriter.standard().createSkpTemplate(YEAR, ModelSkp.JPT, 2, format)))) {
            int formulas = WorkbookChecks.assertFormulasMatchCachedValues(workbook);

            // Two rows under each of the four perspektif and three tambahan rows.
            assertThat(formulas).isEqualTo(2 * 4 + Permen2022FormWriter.TEMPLATE_TAMBAHAN_ROWS);
            Sheet sheet = workbook.getSheet(Permen2022SheetWriter.SKP_SHEET);
            assertThat(find(sheet, "JABATAN PIMPINAN TINGGI")).isNotNull();
            assertThat(find(sheet, "Perspektif Anggaran")).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void evaluasiTemplate_filled_readsBackScored(WorkbookFormat format) throws IOException {
        PenilaianPegawai sample = Permen2022Samples.evaluasi();
        // More blank rows than the reader's run of blank rows that ends a table, between the utama and tambahan.
        Workbook template = Permen2022FormWriter.standard().createEvaluasiTemplate(YEAR, ModelSkp.JA_JF, 20,
                format);
        fillEvaluasi(template, sample);
        template.getCreationHelper().createFormulaEvaluator().evaluateAll();
        byte[] filled = WorkbookChecks.bytes(template);

        HasilPenilaianPegawai expected = Permen2022Scorer.standard().score(sample);
        try (Workbook workbook = WorkbookChecks.open(filled)) {
            WorkbookChecks.assertFormulasMatchCachedValues(workbook);
            Sheet sheet = workbook.getSheet(Permen2022SheetWriter.EVALUASI_SHEET);
            assertThat(labelledValue(sheet, "PREDIKAT KINERJA PEGAWAI").getStringCellValue())
                    .isEqualTo(expected.predikat().label());
            int first = firstRow(sheet, "A. Utama");
            // RHK 1 spans three rows, of which only the first shows its number; RHK 2 follows.
            assertThat(sheet.getRow(first).getCell(NO).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(first + 1).getCell(NO).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(first + 3).getCell(NO).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(firstRow(sheet, "B. Tambahan")).getCell(NO).getNumericCellValue())
                    .isEqualTo(3);
        }

        WorkbookReadResult read = WorkbookReader.standard().read(new ByteArrayInputStream(filled),
                "filled" + format.extension());
        assertThat(read.layout()).isEqualTo(WorkbookLayout.PERMEN2022_EVALUASI);
        assertThat(read.permen2022Penilaian()).contains(sample);
        assertThat(read.permen2022().orElseThrow().hasil()).contains(expected);
        assertThat(read.permen2022().orElseThrow().report().findings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skpTemplate_filled_readsBackAsPlan(WorkbookFormat format) {
        Skp sample = Permen2022Samples.jaJf();
        Workbook template = Permen2022FormWriter.standard().createSkpTemplate(YEAR, ModelSkp.JA_JF, 4, format);
        fill(template.getSheet(Permen2022SheetWriter.SKP_SHEET), sample, Optional.empty());
        fillLampiran(template, sample);
        template.getCreationHelper().createFormulaEvaluator().evaluateAll();

        WorkbookReadResult read = WorkbookReader.standard().read(new ByteArrayInputStream(
                WorkbookChecks.bytes(template)), "filled" + format.extension());

        assertThat(read.layout()).isEqualTo(WorkbookLayout.PERMEN2022_SKP);
        assertThat(read.permen2022Skp()).contains(sample);
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skpTemplate_filledJpt_readsPerspektif(WorkbookFormat format) {
        Skp sample = Permen2022Samples.jpt();
        Workbook template = Permen2022FormWriter.standard().createSkpTemplate(YEAR, ModelSkp.JPT, 3, format);
        Sheet sheet = template.getSheet(Permen2022SheetWriter.SKP_SHEET);
        identity(sheet, "PEGAWAI YANG DINILAI", RHK, sample.pegawai());
        for (Rhk rhk : sample.rhk()) {
            int row = firstRow(sheet, Permen2022Labels.perspektif(rhk.perspektif().orElseThrow()));
            typeRhk(sheet, row, rhk, Optional.empty());
        }
        template.getCreationHelper().createFormulaEvaluator().evaluateAll();

        WorkbookReadResult read = WorkbookReader.standard().read(new ByteArrayInputStream(
                WorkbookChecks.bytes(template)), "jpt" + format.extension());

        assertThat(read.permen2022Skp()).contains(sample);
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void template_unfilled_rejected(WorkbookFormat format) {
        byte[] skp = WorkbookChecks.bytes(Permen2022FormWriter.standard().createSkpTemplate(YEAR, ModelSkp.JA_JF,
                5, format));
        byte[] evaluasi = WorkbookChecks.bytes(Permen2022FormWriter.standard().createEvaluasiTemplate(YEAR,
                ModelSkp.JPT, 5, format));

        for (byte[] empty : List.of(skp, evaluasi)) {
            assertThatThrownBy(() -> WorkbookReader.standard().read(new ByteArrayInputStream(empty),
                    "template" + format.extension()))
                    .isInstanceOf(WorkbookReadException.class)
                    .hasMessageContaining("no RHK rows");
        }
    }

    @Test
    void template_rowCountOutOfRange_rejected() {
        assertThatThrownBy(() -> Permen2022FormWriter.standard().createSkpTemplate(YEAR, ModelSkp.JA_JF, 0,
                WorkbookFormat.XLSX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RHK rows must be between 1 and 200, was 0");
        assertThatThrownBy(() -> Permen2022FormWriter.standard().createEvaluasiTemplate(YEAR, ModelSkp.JA_JF,
                Permen2022FormWriter.MAX_TEMPLATE_ROWS + 1, WorkbookFormat.XLS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 201");
    }

    @Test
    void template_largestRowCount_keepsFormulasWorking() throws IOException {
        try (Workbook workbook = Permen2022FormWriter.standard().createEvaluasiTemplate(YEAR, ModelSkp.JA_JF,
                Permen2022FormWriter.MAX_TEMPLATE_ROWS, WorkbookFormat.XLS)) {
            assertThat(WorkbookChecks.assertFormulasMatchCachedValues(workbook))
                    .isEqualTo(Permen2022FormWriter.MAX_TEMPLATE_ROWS + Permen2022FormWriter.TEMPLATE_TAMBAHAN_ROWS
                            + 1);
        }
    }

    @Test
    void writeTemplate_toFile_noTemporaryFile(@TempDir Path directory) throws IOException {
        Path skp = directory.resolve("skp.xls");
        Path evaluasi = directory.resolve("evaluasi.xlsx");
        Files.writeString(evaluasi, "an older file");

        Permen2022FormWriter.standard().writeSkpTemplate(YEAR, ModelSkp.JA_JF, 3, skp);
        Permen2022FormWriter.standard().writeEvaluasiTemplate(YEAR, ModelSkp.JA_JF, 3, evaluasi);

        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("skp.xls",
                    "evaluasi.xlsx");
        }
        try (Workbook first = WorkbookChecks.open(Files.readAllBytes(skp));
                Workbook second = WorkbookChecks.open(Files.readAllBytes(evaluasi))) {
            assertThat(first.getSheetAt(0).getSheetName()).isEqualTo(Permen2022SheetWriter.SKP_SHEET);
            assertThat(second.getSheet(Permen2022SheetWriter.EVALUASI_SHEET)).isNotNull();
        }
    }

    @Test
    void writeTemplate_unknownExtension_rejectedWithoutFile(@TempDir Path directory) throws IOException {
        assertThatThrownBy(() -> Permen2022FormWriter.standard().writeSkpTemplate(YEAR, ModelSkp.JA_JF, 3,
                directory.resolve("skp.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("skp.csv");
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    // Types the sample's evaluation into an evaluation template as a user would.
    static void fillEvaluasi(Workbook template, PenilaianPegawai penilaian) {
        Sheet sheet = template.getSheet(Permen2022SheetWriter.EVALUASI_SHEET);
        Evaluasi evaluasi = penilaian.evaluasi();
        fill(sheet, penilaian.skp(), Optional.of(evaluasi));
        fillLampiran(template, penilaian.skp());
        find(sheet, "Periode Penilaian").getRow().getCell(RHK)
                .setCellValue(IndonesianText.period(evaluasi.periode().range()));
        find(sheet, "Jenis Periode").getRow().getCell(RHK)
                .setCellValue(Permen2022Labels.jenisPeriode(evaluasi.periode().jenis()));
        String general = evaluasi.umpanBalik().stream().filter(u -> u.rhkId().isEmpty() && u.coreValue().isEmpty())
                .map(UmpanBalik::teks).collect(Collectors.joining("\n"));
        labelledValue(sheet, "UMPAN BALIK UMUM").setCellValue(general);
        labelledValue(sheet, "RATING HASIL KERJA").setCellValue(evaluasi.ratingHasilKerja().orElseThrow().label());
        labelledValue(sheet, "RATING PERILAKU KERJA").setCellValue(evaluasi.ratingPerilaku().orElseThrow().label());
    }

    // Types identities, RHK (utama from the first utama row, tambahan from the first tambahan row), ekspektasi and,
    // for an evaluation, realisasi and umpan balik.
    private static void fill(Sheet sheet, Skp skp, Optional<Evaluasi> evaluasi) {
        identity(sheet, "PEGAWAI YANG DINILAI", RHK, skp.pegawai());
        skp.pejabatPenilai().ifPresent(p -> identity(sheet, "PEJABAT PENILAI KINERJA", TARGET, p));
        for (JenisRhk jenis : JenisRhk.values()) {
            int row = firstRow(sheet, jenis == JenisRhk.UTAMA ? "A. Utama" : "B. Tambahan");
            for (Rhk rhk : skp.rhk()) {
                if (rhk.jenis() == jenis) {
                    row = typeRhk(sheet, row, rhk, evaluasi);
                }
            }
        }
        for (Map.Entry<CoreValue, String> ekspektasi : skp.ekspektasiKhususPimpinan().entrySet()) {
            find(sheet, ekspektasi.getKey().label()).getRow().getCell(TARGET).setCellValue(ekspektasi.getValue());
        }
        evaluasi.ifPresent(e -> e.umpanBalik().stream().filter(u -> u.rhkId().isEmpty() && u.coreValue().isPresent())
                .forEach(u -> find(sheet, u.coreValue().get().label()).getRow().getCell(UMPAN_BALIK)
                        .setCellValue(u.teks())));
    }

    // Types one RHK from the given row, one IKI per row with the RHK cell left empty after the first; returns the
    // row after it.
    private static int typeRhk(Sheet sheet, int first, Rhk rhk, Optional<Evaluasi> evaluasi) {
        Row top = sheet.getRow(first);
        top.getCell(RHK).setCellValue(rhk.uraian());
        rhk.rhkAtasan().ifPresent(r -> top.getCell(ATASAN).setCellValue(r.skpId() + "/" + r.rhkId()));
        evaluasi.ifPresent(e -> top.getCell(UMPAN_BALIK).setCellValue(e.umpanBalik().stream()
                .filter(u -> u.rhkId().equals(Optional.of(rhk.id()))).map(UmpanBalik::teks)
                .collect(Collectors.joining("\n"))));
        int row = first;
        for (Iki iki : rhk.iki()) {
            Row current = sheet.getRow(row++);
            iki.aspek().ifPresent(a -> current.getCell(ASPEK).setCellValue(Permen2022Labels.aspek(a)));
            current.getCell(IKI).setCellValue(iki.indikator());
            target(current, iki.target());
            evaluasi.flatMap(e -> e.findRealisasi(iki.id())).ifPresent(r -> realisasi(current, r));
        }
        return row;
    }

    private static void target(Row row, IkiTarget target) {
        switch (target.kind()) {
            case VALUE -> row.getCell(TARGET).setCellValue(target.value().orElseThrow().doubleValue());
            case RANGE -> row.getCell(TARGET).setCellValue(Permen2022Labels.number(target.lower().orElseThrow())
                    + "-" + Permen2022Labels.number(target.upper().orElseThrow()));
            case QUALITATIVE -> row.getCell(TARGET).setCellValue(target.description().orElseThrow());
        }
        target.satuan().ifPresent(s -> row.getCell(SATUAN).setCellValue(s));
    }

    private static void realisasi(Row row, RealisasiIki realisasi) {
        realisasi.nilai().ifPresent(n -> row.getCell(REALISASI).setCellValue(n.doubleValue()));
        realisasi.satuan().ifPresent(s -> row.getCell(REALISASI_SATUAN).setCellValue(s));
        realisasi.keterangan().ifPresent(k -> row.getCell(KETERANGAN).setCellValue(k));
        row.getCell(BUKTI).setCellValue(realisasi.buktiDukung().stream()
                .map(b -> b.reference() + b.keterangan().map(k -> Permen2022Labels.BUKTI_SEPARATOR + k).orElse(""))
                .collect(Collectors.joining("\n")));
    }

    // Types Nama, NIP, Pangkat/Gol.Ruang, Jabatan and Unit Kerja under the block's caption.
    private static void identity(Sheet sheet, String caption, int valueColumn, Person person) {
        int row = find(sheet, caption).getRowIndex();
        sheet.getRow(row + 1).getCell(valueColumn).setCellValue(person.name());
        person.nip().ifPresent(nip -> sheet.getRow(row + 2).getCell(valueColumn).setCellValue(nip.formatted()));
        person.golongan().ifPresent(g -> sheet.getRow(row + 3).getCell(valueColumn)
                .setCellValue(IndonesianText.pangkat(g)));
        person.jabatan().ifPresent(j -> sheet.getRow(row + 4).getCell(valueColumn).setCellValue(j));
        person.unitKerja().ifPresent(u -> sheet.getRow(row + 5).getCell(valueColumn).setCellValue(u));
    }

    // Types each Lampiran entry into the blank rows under its section title.
    private static void fillLampiran(Workbook workbook, Skp skp) {
        Sheet sheet = workbook.getSheet(Permen2022SheetWriter.LAMPIRAN_SHEET);
        for (LampiranItem item : skp.lampiran()) {
            int row = find(sheet, Permen2022Labels.lampiran(item.bagian()).toUpperCase(Locale.ROOT))
                    .getRowIndex() + 1;
            while (sheet.getRow(row).getCell(1).getCellType() != CellType.BLANK) {
                row++;
            }
            sheet.getRow(row).getCell(1).setCellValue(item.uraian());
        }
    }

    // The first row under a section or perspektif label.
    private static int firstRow(Sheet sheet, String label) {
        Cell cell = find(sheet, label);
        return cell.getRowIndex() + 1;
    }
}
