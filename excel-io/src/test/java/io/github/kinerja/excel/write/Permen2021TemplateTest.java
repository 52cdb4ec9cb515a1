package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.Permen2021Samples.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.Iki;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.JenisKinerja;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2021.Skp;
import io.github.kinerja.core.permen2021.TargetDirection;
import io.github.kinerja.core.permen2021.TargetKind;
import io.github.kinerja.excel.Permen2021ReadResult;
import io.github.kinerja.excel.Permen2021WorkbookReader;
import io.github.kinerja.excel.WorkbookLayout;
import io.github.kinerja.excel.WorkbookReadException;
import io.github.kinerja.excel.WorkbookReadResult;
import io.github.kinerja.excel.WorkbookReader;
import io.github.kinerja.excel.write.internal.IndonesianText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tests the empty form of {@link Permen2021FormWriter}: a template shows nothing until it is filled, and a filled
 * template calculates in the sheet and reads back like a written form.
 */
class Permen2021TemplateTest {

    // 0-based rows: identity values from row 4, the first kinerja utama row under the header and section A.
    static final int FIRST_UTAMA_ROW = 21;
    // 0-based columns: C rencana kinerja, E IKI, M capaian, N kategori, O nilai IKI, Q nilai tertimbang.
    private static final int RK = 2;
    private static final int IKI = 4;
    private static final int CAPAIAN = 12;
    private static final int KATEGORI = 13;
    private static final int NILAI_IKI = 14;
    private static final int TERTIMBANG = 16;
    // Columns of the nilai akhir block: labels from B, values in F, weights in G, weighted values in H.
    private static final int LABEL = 1;
    private static final int AKHIR_NILAI = 5;
    private static final int AKHIR_HASIL = 7;

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skpTemplate_empty_showsNothing(WorkbookFormat format) throws IOException {
        try (Workbook workbook = WorkbookChecks.open(WorkbookChecks.bytes(
                Permen2021FormWriter.standard().createSkpTemplate(Permen2021Samples.PERIOD, 10, format)))) {
            int formulas = WorkbookChecks.assertFormulasMatchCachedValues(workbook);

            // 10 utama and 2 tambahan rows of 6 formulas, 3 totals, 7 in the nilai akhir block.
            assertThat(formulas).isEqualTo(12 * 6 + 3 + 7);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("SKP");
            assertThat(WorkbookChecks.cell(workbook, "SKP", "A2").getStringCellValue())
                    .isEqualTo("Periode Penilaian 1 Juli 2021 s.d. 31 Desember 2021");
            for (int column : new int[] {0, CAPAIAN, KATEGORI, NILAI_IKI, TERTIMBANG}) {
                assertThat(sheet.getRow(FIRST_UTAMA_ROW).getCell(column).getStringCellValue()).isEmpty();
            }
            assertThat(sheet.getRow(FIRST_UTAMA_ROW - 1).getCell(0).getStringCellValue())
                    .isEqualTo("A. KINERJA UTAMA");
            assertThat(sheet.getRow(FIRST_UTAMA_ROW + 10).getCell(0).getStringCellValue())
                    .isEqualTo("B. KINERJA TAMBAHAN");
            assertThat(valueCell(sheet, "NILAI SKP", TERTIMBANG).getStringCellValue()).isEmpty();
            assertThat(valueCell(sheet, "NILAI AKHIR", AKHIR_HASIL).getStringCellValue()).isEmpty();
            assertThat(valueCell(sheet, "PREDIKAT KINERJA", AKHIR_HASIL).getStringCellValue()).isEmpty();
            assertThat(valueCell(sheet, "Nilai Perilaku Kerja", AKHIR_NILAI).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(valueCell(sheet, "Nilai Perilaku Kerja", AKHIR_NILAI + 1).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void skpTemplate_oneRow_hasOneTambahanRow() throws IOException {
        try (Workbook workbook = Permen2021FormWriter.standard().createSkpTemplate(Permen2021Samples.PERIOD, 1,
                WorkbookFormat.XLSX)) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(FIRST_UTAMA_ROW + 1).getCell(0).getStringCellValue())
                    .isEqualTo("B. KINERJA TAMBAHAN");
            assertThat(sheet.getRow(FIRST_UTAMA_ROW + 3).getCell(0).getStringCellValue())
                    .isEqualTo("NILAI KINERJA UTAMA");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skpTemplate_filledSpecExample_readsBackScored(WorkbookFormat format) throws IOException {
        assertFilledReadsBack(Permen2021Samples.spec(), 6, format);
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skpTemplate_filledEveryKindOfRow_readsBackScored(WorkbookFormat format) throws IOException {
        assertFilledReadsBack(everyKindOfRow(), 8, format);
    }

    @Test
    void skpTemplate_noNilaiPerilaku_skpOnly() throws IOException {
        PenilaianKinerja sample = everyKindOfRow();
        // 25 unfilled utama rows lie between the filled ones and the kinerja tambahan.
        Workbook template = Permen2021FormWriter.standard().createSkpTemplate(Permen2021Samples.PERIOD, 30,
                WorkbookFormat.XLSX);
        fill(template, sample);
        valueCell(template.getSheetAt(0), "Nilai Perilaku Kerja", AKHIR_NILAI).setBlank();
        template.getCreationHelper().createFormulaEvaluator().evaluateAll();
        byte[] filled = WorkbookChecks.bytes(template);

        try (Workbook workbook = WorkbookChecks.open(filled)) {
            Sheet sheet = workbook.getSheetAt(0);
            BigDecimal nilaiSkp = Permen2021Scorer.standard().score(sample).nilaiSkp();
            assertThat(WorkbookChecks.number(valueCell(sheet, "NILAI SKP", TERTIMBANG)).setScale(6,
                    RoundingMode.HALF_UP)).isEqualByComparingTo(nilaiSkp.setScale(6, RoundingMode.HALF_UP));
            assertThat(valueCell(sheet, "NILAI AKHIR", AKHIR_HASIL).getStringCellValue()).isEmpty();
        }
        Permen2021ReadResult read = Permen2021WorkbookReader.standard().read(new ByteArrayInputStream(filled),
                "filled.xlsx");
        assertThat(read.skp()).isEqualTo(sample.skp());
        assertThat(read.penilaian()).isEmpty();
        assertThat(read.report().findings()).filteredOn(f -> f.code().startsWith("excel.")).isEmpty();
    }

    @Test
    void skpTemplate_roundingWithoutFunction_blankScores() throws IOException {
        Permen2021Scorer scorer = Permen2021Scorer.standard()
                .withRounding(RoundingPolicy.of(2, RoundingMode.HALF_EVEN, RoundingStage.EACH_ITEM));
        PenilaianKinerja sample = everyKindOfRow();
        Workbook template = Permen2021FormWriter.standard().withScorer(scorer).createSkpTemplate(
                Permen2021Samples.PERIOD, 7, WorkbookFormat.XLSX);
        fill(template, sample);
        template.getCreationHelper().createFormulaEvaluator().evaluateAll();
        byte[] filled = WorkbookChecks.bytes(template);

        try (Workbook workbook = WorkbookChecks.open(filled)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(FIRST_UTAMA_ROW).getCell(NILAI_IKI).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(valueCell(sheet, "NILAI AKHIR", AKHIR_HASIL).getCellType()).isEqualTo(CellType.BLANK);
        }
        Permen2021ReadResult read = Permen2021WorkbookReader.standard().withScorer(scorer)
                .read(new ByteArrayInputStream(filled), "filled.xlsx");
        assertThat(read.penilaian()).contains(sample);
        assertThat(read.hasil().orElseThrow().nilaiAkhir().nilai())
                .isEqualByComparingTo(scorer.score(sample).nilaiAkhir().nilai());
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skpTemplate_unfilled_rejected(WorkbookFormat format) {
        byte[] empty = WorkbookChecks.bytes(Permen2021FormWriter.standard().createSkpTemplate(
                Permen2021Samples.PERIOD, 5, format));

        assertThatThrownBy(() -> WorkbookReader.standard().read(new ByteArrayInputStream(empty),
                "template" + format.extension()))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessageContaining("no rencana kinerja");
    }

    @Test
    void skpTemplate_rowCountOutOfRange_rejected() {
        assertThatThrownBy(() -> Permen2021FormWriter.standard().createSkpTemplate(Permen2021Samples.PERIOD, 0,
                WorkbookFormat.XLSX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0");
        assertThatThrownBy(() -> Permen2021FormWriter.standard().createSkpTemplate(Permen2021Samples.PERIOD,
                Permen2021FormWriter.MAX_TEMPLATE_ROWS + 1, WorkbookFormat.XLS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was " + (Permen2021FormWriter.MAX_TEMPLATE_ROWS + 1));
    }

    @Test
    void skpTemplate_maximumRows_noFormulaErrors() throws IOException {
        try (Workbook workbook = Permen2021FormWriter.standard().createSkpTemplate(Permen2021Samples.PERIOD,
                Permen2021FormWriter.MAX_TEMPLATE_ROWS, WorkbookFormat.XLS)) {
            int formulas = WorkbookChecks.assertFormulasMatchCachedValues(workbook);

            assertThat(formulas).isEqualTo((Permen2021FormWriter.MAX_TEMPLATE_ROWS + 2) * 6 + 3 + 7);
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void writeSkpTemplate_toFile_noTemporaryFile(WorkbookFormat format, @TempDir Path directory)
            throws IOException {
        Path file = directory.resolve("skp" + format.extension());
        Files.writeString(file, "an older file");

        Permen2021FormWriter.standard().writeSkpTemplate(Permen2021Samples.PERIOD, 3, file);

        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("skp" + format.extension());
        }
        try (Workbook workbook = WorkbookChecks.open(Files.readAllBytes(file))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("SKP");
        }
    }

    @Test
    void writeSkp_toFile_noTemporaryFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("skp.xls");

        Permen2021FormWriter.standard().writeSkp(Permen2021Samples.spec(), file);
        Permen2021FormWriter.standard().writeSkp(Permen2021Samples.spec().skp(), file);

        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("skp.xls");
        }
    }

    private static void assertFilledReadsBack(PenilaianKinerja sample, int rows, WorkbookFormat format)
            throws IOException {
        Workbook template = Permen2021FormWriter.standard().createSkpTemplate(Permen2021Samples.PERIOD, rows,
                format);
        fill(template, sample);
        template.getCreationHelper().createFormulaEvaluator().evaluateAll();
        byte[] filled = WorkbookChecks.bytes(template);

        HasilPenilaian expected = Permen2021Scorer.standard().score(sample);
        try (Workbook workbook = WorkbookChecks.open(filled)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(FIRST_UTAMA_ROW).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(WorkbookChecks.number(valueCell(sheet, "NILAI AKHIR", AKHIR_HASIL)).setScale(6,
                    RoundingMode.HALF_UP)).isEqualByComparingTo(expected.nilaiAkhir().nilai().setScale(6,
                            RoundingMode.HALF_UP));
            assertThat(valueCell(sheet, "PREDIKAT KINERJA", AKHIR_HASIL).getStringCellValue())
                    .isEqualToIgnoringCase(expected.predikat().name().replace('_', ' '));
        }

        WorkbookReadResult result = WorkbookReader.standard().read(new ByteArrayInputStream(filled),
                "filled" + format.extension());
        assertThat(result.layout()).isEqualTo(WorkbookLayout.PERMEN2021_SKP);
        Permen2021ReadResult read = result.permen2021().orElseThrow();
        assertThat(read.penilaian()).contains(sample);
        assertThat(read.hasil()).contains(expected);
        // Every value the sheet calculated matches the library's, or the reader would have warned.
        assertThat(read.report().findings()).filteredOn(f -> f.code().startsWith("excel.")).isEmpty();
    }

    /**
     * Types an appraisal into a template as a user would: identities, one row per rencana kinerja with its single
     * IKI, the nilai perilaku kerja and the two flags. The template must have enough utama and tambahan rows.
     */
    static void fill(Workbook template, PenilaianKinerja penilaian) {
        Sheet sheet = template.getSheetAt(0);
        Skp skp = penilaian.skp();
        identity(sheet, 4, RK, skp.pegawai());
        skp.pejabatPenilai().ifPresent(p -> identity(sheet, 4, CAPAIAN, p));
        skp.atasanPejabatPenilai().ifPresent(p -> identity(sheet, 11, RK, p));

        int utamaRow = FIRST_UTAMA_ROW;
        int tambahanRow = rowOf(sheet, 0, "B. KINERJA TAMBAHAN") + 1;
        for (RencanaKinerja rencana : skp.rencanaKinerja()) {
            if (rencana.jenis() == JenisKinerja.UTAMA) {
                rencana(sheet.getRow(utamaRow++), rencana);
            } else {
                rencana(sheet.getRow(tambahanRow++), rencana);
            }
        }
        valueCell(sheet, "Nilai Perilaku Kerja", AKHIR_NILAI).setCellValue(penilaian.nilaiPerilaku().doubleValue());
        valueCell(sheet, "Perilaku kerja dinilai", AKHIR_NILAI).setCellValue(
                penilaian.usesPeerOrSubordinateInput() ? "Ya" : "Tidak");
        valueCell(sheet, "Inovasi", AKHIR_NILAI).setCellValue(penilaian.inovasi() ? "Ya" : "Tidak");
    }

    private static void rencana(Row row, RencanaKinerja rencana) {
        assertThat(rencana.iki()).as("a template row has one IKI").hasSize(1);
        rencana.rencanaKinerjaAtasan().ifPresent(text -> row.getCell(1).setCellValue(text));
        row.getCell(RK).setCellValue(rencana.uraian());
        rencana.bobot().ifPresent(bobot -> row.getCell(3).setCellValue(bobot.doubleValue()));

        Iki iki = rencana.iki().get(0);
        row.getCell(IKI).setCellValue(iki.indikator());
        iki.bobot().ifPresent(bobot -> row.getCell(5).setCellValue(bobot.doubleValue()));
        IkiTarget target = iki.target();
        if (target.kind() == TargetKind.QUALITATIVE) {
            row.getCell(6).setCellValue(target.description().orElseThrow());
            row.getCell(9).setCellValue("Kualitatif");
        } else {
            if (target.kind() == TargetKind.RANGE) {
                row.getCell(6).setCellValue(target.lower().orElseThrow().doubleValue());
                row.getCell(7).setCellValue(target.upper().orElseThrow().doubleValue());
            } else {
                row.getCell(6).setCellValue(target.value().orElseThrow().doubleValue());
            }
            target.satuan().ifPresent(satuan -> row.getCell(8).setCellValue(satuan));
            row.getCell(9).setCellValue(target.direction() == TargetDirection.LOWER_IS_BETTER ? "Kondisi Khusus"
                    : "Normal");
        }
        if (target.maximumAttainable()) {
            row.getCell(10).setCellValue("Ya");
        }

        iki.realisasi().ifPresent(realisasi -> row.getCell(11).setCellValue(realisasi.doubleValue()));
        // The appraiser's capaian is typed over the capaian formula, which typing replaces; POI's setCellValue
        // alone would keep the formula and only set its cached result.
        if (iki.capaianPenilai().isPresent()) {
            CellStyle style = row.getCell(CAPAIAN).getCellStyle();
            row.removeCell(row.getCell(CAPAIAN));
            Cell capaian = row.createCell(CAPAIAN);
            capaian.setCellStyle(style);
            capaian.setCellValue(iki.capaianPenilai().get().doubleValue());
        }
    }

    // Fills the five rows of an identity block whose first value row and value column are given.
    private static void identity(Sheet sheet, int firstRow, int column, Person person) {
        sheet.getRow(firstRow).getCell(column).setCellValue(person.name());
        person.nip().ifPresent(nip -> sheet.getRow(firstRow + 1).getCell(column).setCellValue(nip.formatted()));
        person.golongan().ifPresent(golongan -> sheet.getRow(firstRow + 2).getCell(column)
                .setCellValue(IndonesianText.pangkat(golongan)));
        person.jabatan().ifPresent(jabatan -> sheet.getRow(firstRow + 3).getCell(column).setCellValue(jabatan));
        person.unitKerja().ifPresent(unit -> sheet.getRow(firstRow + 4).getCell(column).setCellValue(unit));
    }

    /** Returns the cell in the given column of the row whose label in column A or B starts with the text. */
    static Cell valueCell(Sheet sheet, String label, int column) {
        int row = rowOf(sheet, LABEL, label);
        if (row < 0) {
            row = rowOf(sheet, 0, label);
        }
        assertThat(row).as("row of " + label).isNotNegative();
        return sheet.getRow(row).getCell(column);
    }

    private static int rowOf(Sheet sheet, int column, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().startsWith(label)) {
                return row.getRowNum();
            }
        }
        return -1;
    }

    /**
     * Returns an appraisal with one IKI per rencana kinerja and every kind of target. The targets are a range met
     * from below, a kondisi khusus range, a maximum attainable target at 100 % and a qualitative target with the
     * appraiser's capaian. One IKI has no realisasi. The kinerja utama have bobot, one kinerja tambahan has a bobot
     * and one has none, and the weights are 60/40 with inovasi.
     */
    static PenilaianKinerja everyKindOfRow() {
        Skp skp = Skp.builder()
                .pegawai(Permen2021Samples.PEGAWAI)
                .pejabatPenilai(Permen2021Samples.PEJABAT)
                .atasanPejabatPenilai(Permen2021Samples.ATASAN)
                .periode(Permen2021Samples.PERIOD)
                .addRencanaKinerja(RencanaKinerja.builder().id("1").jenis(JenisKinerja.UTAMA)
                        .uraian("Tersusunnya dokumen analisis jabatan")
                        .rencanaKinerjaAtasan("Meningkatnya kualitas perencanaan ASN")
                        .bobot(d("30"))
                        .addIki(Permen2021Samples.iki("1.1", "Jumlah dokumen analisis jabatan",
                                IkiTarget.ofRange(d("80"), d("90"), "dokumen"), "70"))
                        .build())
                .addRencanaKinerja(utama("2", "30", Permen2021Samples.iki("2.1", "Waktu penyusunan peta jabatan",
                        IkiTarget.ofRange(d("7"), d("8"), "bulan").withDirection(TargetDirection.LOWER_IS_BETTER),
                        "6.5")))
                .addRencanaKinerja(utama("3", "20", Iki.builder().id("3.1").indikator("Akurasi data formasi")
                        .target(IkiTarget.of(d("100"), "%").withMaximumAttainable(true))
                        .realisasi(d("100")).build()))
                .addRencanaKinerja(utama("4", "10", Iki.builder().id("4.1")
                        .indikator("Rancangan SOP disetujui kepala bidang")
                        .target(IkiTarget.qualitative("SOP layanan kenaikan pangkat ditetapkan"))
                        .capaianPenilai(d("100")).build()))
                .addRencanaKinerja(utama("5", "10", Iki.builder().id("5.1")
                        .indikator("Jumlah usulan yang diverifikasi")
                        .target(IkiTarget.of(d("240"), "berkas")).build()))
                .addRencanaKinerja(Permen2021Samples.rencana("6", JenisKinerja.TAMBAHAN,
                        "Menjadi narasumber sosialisasi SKP", Permen2021Samples.iki("6.1", "Jumlah sosialisasi",
                                IkiTarget.of(d("2"), "kegiatan"), "3")).withBobot(d("10")))
                .addRencanaKinerja(Permen2021Samples.rencana("7", JenisKinerja.TAMBAHAN, "Panitia rapat koordinasi",
                        Permen2021Samples.iki("7.1", "Jumlah rapat", IkiTarget.of(d("4"), "rapat"), "4")))
                .build();
        return PenilaianKinerja.builder()
                .skp(skp)
                .nilaiPerilaku(d("88.5"))
                .usesPeerOrSubordinateInput(true)
                .inovasi(true)
                .build();
    }

    private static RencanaKinerja utama(String id, String bobot, Iki iki) {
        return RencanaKinerja.builder().id(id).jenis(JenisKinerja.UTAMA)
                .uraian("Rencana kinerja " + id).bobot(d(bobot)).addIki(iki).build();
    }
}
