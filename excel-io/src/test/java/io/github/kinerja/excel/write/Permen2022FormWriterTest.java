package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.WorkbookChecks.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kinerja.core.permen2022.CoreValue;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.PredikatMatrix;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.excel.Permen2022ReadResult;
import io.github.kinerja.excel.Permen2022WorkbookReader;
import io.github.kinerja.excel.WorkbookLayout;
import io.github.kinerja.excel.WorkbookReadResult;
import io.github.kinerja.excel.WorkbookReader;
import io.github.kinerja.excel.write.internal.FormStyles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Permen2022FormWriterTest {

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skp_sample_readsBackAsTheSameSkp(WorkbookFormat format) {
        byte[] bytes = WorkbookChecks.bytes(Permen2022FormWriter.standard().createSkp(Permen2022Samples.jaJf(),
                format));

        Permen2022ReadResult read = read(bytes, format);

        assertThat(read.layout()).isEqualTo(WorkbookLayout.PERMEN2022_SKP);
        assertThat(read.skp()).isEqualTo(Permen2022Samples.jaJf());
        assertThat(read.penilaian()).isEmpty();
        assertThat(read.report().findings()).isEmpty();
        assertThat(read.rhkAtasanTexts()).containsExactly(Map.entry("1", "SKP-KABID-2023/2"));
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void evaluasi_sample_readsBackWithTheLibraryPredikat(WorkbookFormat format) {
        byte[] bytes = WorkbookChecks.bytes(Permen2022FormWriter.standard().createEvaluasi(
                Permen2022Samples.evaluasi(), format));

        Permen2022ReadResult read = read(bytes, format);

        assertThat(read.layout()).isEqualTo(WorkbookLayout.PERMEN2022_EVALUASI);
        assertThat(read.penilaian()).contains(Permen2022Samples.evaluasi());
        assertThat(read.hasil().orElseThrow().predikat()).isEqualTo(PredikatPegawai.BAIK);
        assertThat(read.shownPredikat()).contains("Baik");
        assertThat(read.report().findings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void evaluasi_predikat_isLiveFormulaOverTheRatingCells(WorkbookFormat format) {
        try (Workbook workbook = WorkbookChecks.open(WorkbookChecks.bytes(Permen2022FormWriter.standard()
                .createEvaluasi(Permen2022Samples.evaluasi(), format)))) {
            Cell predikat = labelledValue(workbook.getSheet("EVALUASI"), "PREDIKAT KINERJA PEGAWAI");

            assertThat(predikat.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(predikat.getCellFormula()).contains("INDEX(KUADRAN!$B$3:$D$5", "MATCH(");
            assertThat(predikat.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(predikat.getStringCellValue()).isEqualTo("Baik");
            assertThat(WorkbookChecks.assertFormulasMatchCachedValues(workbook)).isEqualTo(1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void evaluasi_changedRating_recalculatesThePredikat() throws IOException {
        try (Workbook workbook = WorkbookChecks.open(WorkbookChecks.bytes(Permen2022FormWriter.standard()
                .createEvaluasi(Permen2022Samples.evaluasi(), WorkbookFormat.XLSX)))) {
            Sheet sheet = workbook.getSheet("EVALUASI");
            labelledValue(sheet, "RATING PERILAKU KERJA").setCellValue("Di Bawah Ekspektasi");
            Cell predikat = labelledValue(sheet, "PREDIKAT KINERJA PEGAWAI");

            String recalculated = workbook.getCreationHelper().createFormulaEvaluator().evaluate(predikat)
                    .getStringValue();

            assertThat(recalculated).isEqualTo(PredikatPegawai.KURANG_MISCONDUCT.label());
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void evaluasi_unitLeader_printsTheDerivedRatingAndReadsBack(WorkbookFormat format) throws IOException {
        PenilaianPegawai penilaian = Permen2022Samples.evaluasiPimpinan();
        byte[] bytes = WorkbookChecks.bytes(Permen2022FormWriter.standard().createEvaluasi(penilaian, format));

        try (Workbook workbook = WorkbookChecks.open(bytes)) {
            Sheet sheet = workbook.getSheet("EVALUASI");
            assertThat(labelledValue(sheet, "PREDIKAT KINERJA ORGANISASI (UNIT YANG DIPIMPIN)").getStringCellValue())
                    .isEqualTo("Butuh Perbaikan/Cukup");
            assertThat(labelledValue(sheet, "RATING HASIL KERJA").getStringCellValue())
                    .isEqualTo("Di Bawah Ekspektasi");
            assertThat(labelledValue(sheet, "PREDIKAT KINERJA PEGAWAI").getStringCellValue())
                    .isEqualTo("Butuh Perbaikan");
        }
        Permen2022ReadResult read = read(bytes, format);
        assertThat(read.penilaian()).contains(penilaian);
        assertThat(read.hasil().orElseThrow().predikat()).isEqualTo(PredikatPegawai.BUTUH_PERBAIKAN);
        assertThat(read.report().findings()).isEmpty();
    }

    @Test
    void evaluasi_ratingsNotSet_leavesThePredikatEmpty() throws IOException {
        PenilaianPegawai sample = Permen2022Samples.evaluasi();
        Evaluasi unrated = Evaluasi.builder().from(sample.evaluasi()).ratingHasilKerja(Optional.empty())
                .ratingPerilaku(Optional.empty()).build();
        PenilaianPegawai penilaian = PenilaianPegawai.builder().skp(sample.skp()).evaluasi(unrated).build();

        byte[] bytes = WorkbookChecks.bytes(Permen2022FormWriter.standard().createEvaluasi(penilaian,
                WorkbookFormat.XLSX));

        try (Workbook workbook = WorkbookChecks.open(bytes)) {
            Cell predikat = labelledValue(workbook.getSheet("EVALUASI"), "PREDIKAT KINERJA PEGAWAI");
            assertThat(predikat.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(predikat.getStringCellValue()).isEmpty();
            assertThat(WorkbookChecks.assertFormulasMatchCachedValues(workbook)).isEqualTo(1);
        }
        Permen2022ReadResult read = read(bytes, WorkbookFormat.XLSX);
        assertThat(read.penilaian()).contains(penilaian);
        assertThat(read.hasil()).isEmpty();
        assertThat(read.shownPredikat()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void userText_startingWithFormulaCharacters_staysText(WorkbookFormat format) throws IOException {
        try (Workbook workbook = WorkbookChecks.open(WorkbookChecks.bytes(Permen2022FormWriter.standard()
                .createEvaluasi(Permen2022Samples.evaluasi(), format)))) {
            for (String text : new String[] {"=Terkelolanya arsip kepegawaian",
                "+ Aktif berbagi data dengan bidang lain", "@Tingkatkan dokumentasi kegiatan"}) {
                Cell found = find(workbook.getSheet("EVALUASI"), text);

                assertThat(found.getCellType()).as(text).isEqualTo(CellType.STRING);
                assertThat(found.getCellStyle().getQuotePrefixed()).as(text).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skp_layout_looksLikeThePrintedForm(WorkbookFormat format) throws IOException {
        try (Workbook workbook = WorkbookChecks.open(WorkbookChecks.bytes(Permen2022FormWriter.standard()
                .createSkp(Permen2022Samples.jaJf(), format)))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("SKP");
            assertThat(workbook.getSheetName(1)).isEqualTo("LAMPIRAN SKP");
            Sheet sheet = workbook.getSheet("SKP");
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows()).isNotNull();
            assertThat(cell(workbook, "SKP", "A1").getStringCellValue()).isEqualTo("SASARAN KINERJA PEGAWAI");
            assertThat(cell(workbook, "SKP", "A2").getStringCellValue())
                    .isEqualTo("PENDEKATAN HASIL KERJA KUALITATIF");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:G1"));
            Cell rhk = find(sheet, "Tersusunnya rekomendasi kebijakan kepegawaian");
            // The first RHK has three IKI, so its cells span three rows.
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(rhk.getRowIndex(),
                    rhk.getRowIndex() + 2, rhk.getColumnIndex(), rhk.getColumnIndex()));
            assertThat(find(sheet, "A. Utama").getRowIndex()).isLessThan(rhk.getRowIndex());
            assertThat(find(sheet, "B. Tambahan").getRowIndex()).isGreaterThan(rhk.getRowIndex());
            assertThat(find(sheet, "PERILAKU KERJA")).isNotNull();
            assertThat(find(sheet, CoreValue.BERORIENTASI_PELAYANAN.label())).isNotNull();
            assertThat(find(workbook.getSheet("LAMPIRAN SKP"), "DUKUNGAN SUMBER DAYA")).isNotNull();
            Cell target = find(sheet, "Jumlah berkas arsip yang tertata").getRow().getCell(5);
            assertThat(target.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(target.getCellStyle().getDataFormatString()).isEqualTo(FormStyles.WHOLE_FORMAT);
            assertThat(find(sheet, "7,5-8").getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void skp_quantitativeJaJf_saysKuantitatif() throws IOException {
        Skp skp = Permen2022Samples.jaJf();
        Skp quantitative = Skp.builder().from(skp).rhk(skp.rhk().subList(0, 2)).build();

        try (Workbook workbook = Permen2022FormWriter.standard().createSkp(quantitative, WorkbookFormat.XLSX)) {
            assertThat(cell(workbook, "SKP", "A2").getStringCellValue())
                    .isEqualTo("PENDEKATAN HASIL KERJA KUANTITATIF");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skp_jpt_groupsByPerspektifAndReadsBack(WorkbookFormat format) throws IOException {
        byte[] bytes = WorkbookChecks.bytes(Permen2022FormWriter.standard().createSkp(Permen2022Samples.jpt(),
                format));

        try (Workbook workbook = WorkbookChecks.open(bytes)) {
            Sheet sheet = workbook.getSheet("SKP");
            assertThat(find(sheet, "Perspektif Penerima Layanan").getRowIndex())
                    .isLessThan(find(sheet, "Perspektif Anggaran").getRowIndex());
            assertThat(find(sheet, "JABATAN PIMPINAN TINGGI")).isNotNull();
        }
        Permen2022ReadResult read = read(bytes, format);
        assertThat(read.skp().model()).isEqualTo(ModelSkp.JPT);
        assertThat(read.skp()).isEqualTo(Permen2022Samples.jpt());
    }

    @Test
    void options_printedAndRead() throws IOException {
        Skp atasan = Skp.builder().id("SKP-KABID-2023").model(ModelSkp.JA_JF)
                .periode(Permen2022Samples.jaJf().periode()).pegawai(Pp46Samples.PEJABAT)
                .addRhk(Rhk.builder().id("2").jenis(JenisRhk.UTAMA).uraian("Meningkatnya kualitas kebijakan ASN")
                        .build())
                .build();
        Permen2022FormWriter writer = Permen2022FormWriter.standard().withInstansi("Pemerintah Kabupaten Contoh")
                .withSigningPlace("Jakarta").withSigningDate(LocalDate.of(2023, 1, 2)).withAtasanSkp(atasan);

        byte[] bytes = WorkbookChecks.bytes(writer.createSkp(Permen2022Samples.jaJf(), WorkbookFormat.XLSX));

        try (Workbook workbook = WorkbookChecks.open(bytes)) {
            Sheet sheet = workbook.getSheet("SKP");
            assertThat(cell(workbook, "SKP", "A1").getStringCellValue()).isEqualTo("PEMERINTAH KABUPATEN CONTOH");
            assertThat(find(sheet, "Meningkatnya kualitas kebijakan ASN")).isNotNull();
            Cell place = find(sheet, "Jakarta,");
            Cell date = place.getRow().getCell(place.getColumnIndex() + 1);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 1, 2));
            assertThat(date.getCellStyle().getDataFormatString()).startsWith("[$-421]d mmmm yyyy");
        }
        Permen2022ReadResult plain = read(bytes, WorkbookFormat.XLSX);
        assertThat(plain.instansi()).contains("PEMERINTAH KABUPATEN CONTOH");
        assertThat(plain.skp().findRhk("1").orElseThrow().rhkAtasan()).isEmpty();
        assertThat(plain.rhkAtasanTexts()).containsEntry("1", "Meningkatnya kualitas kebijakan ASN");

        Permen2022ReadResult linked = Permen2022WorkbookReader.standard().withAtasanSkp(atasan)
                .read(new ByteArrayInputStream(bytes), "skp.xlsx");
        assertThat(linked.skp()).isEqualTo(Permen2022Samples.jaJf());
    }

    @Test
    void withScorer_customMatrix_fillsTheKuadranSheet() throws IOException {
        Map<Rating, Map<Rating, PredikatPegawai>> cells = new EnumMap<>(Rating.class);
        for (Rating hasil : Rating.values()) {
            Map<Rating, PredikatPegawai> row = new EnumMap<>(Rating.class);
            for (Rating perilaku : Rating.values()) {
                row.put(perilaku, PredikatPegawai.BAIK);
            }
            cells.put(hasil, row);
        }
        cells.get(Rating.DI_ATAS_EKSPEKTASI).put(Rating.SESUAI_EKSPEKTASI, PredikatPegawai.SANGAT_BAIK);
        Permen2022Scorer scorer = Permen2022Scorer.standard().withMatrix(PredikatMatrix.of(cells));

        try (Workbook workbook = WorkbookChecks.open(WorkbookChecks.bytes(Permen2022FormWriter.standard()
                .withScorer(scorer).createEvaluasi(Permen2022Samples.evaluasi(), WorkbookFormat.XLS)))) {
            assertThat(cell(workbook, "KUADRAN", "C3").getStringCellValue()).isEqualTo("Sangat Baik");
            assertThat(labelledValue(workbook.getSheet("EVALUASI"), "PREDIKAT KINERJA PEGAWAI")
                    .getStringCellValue()).isEqualTo("Sangat Baik");
            assertThat(WorkbookChecks.assertFormulasMatchCachedValues(workbook)).isEqualTo(1);
        }
    }

    @Test
    void writeSkp_path_choosesTheFormatByExtension(@TempDir Path directory) throws IOException {
        Path xls = directory.resolve("skp.XLS");
        Path xlsx = directory.resolve("evaluasi.xlsx");

        Permen2022FormWriter.standard().writeSkp(Permen2022Samples.jaJf(), xls);
        Permen2022FormWriter.standard().writeEvaluasi(Permen2022Samples.evaluasi(), xlsx);

        try (Workbook first = WorkbookChecks.open(Files.readAllBytes(xls));
                Workbook second = WorkbookChecks.open(Files.readAllBytes(xlsx))) {
            assertThat(first).isInstanceOf(HSSFWorkbook.class);
            assertThat(second).isInstanceOf(XSSFWorkbook.class);
        }
        WorkbookReadResult any = WorkbookReader.standard().read(xlsx);
        assertThat(any.layout()).isEqualTo(WorkbookLayout.PERMEN2022_EVALUASI);
        assertThat(any.permen2022Penilaian()).contains(Permen2022Samples.evaluasi());
        assertThat(WorkbookReader.standard().read(xls).permen2022Skp()).contains(Permen2022Samples.jaJf());
    }

    @Test
    void writeSkp_unknownExtension_isRejected(@TempDir Path directory) {
        assertThatThrownBy(() -> Permen2022FormWriter.standard().writeSkp(Permen2022Samples.jaJf(),
                directory.resolve("skp.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("skp.csv");
    }

    @Test
    void withSigningPlace_blank_isRejected() {
        assertThatThrownBy(() -> Permen2022FormWriter.standard().withSigningPlace(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("signing place must not be blank, leave it unset for a dotted line");
    }

    @Test
    void rhkReference_withoutAtasanSkp_printsIds() throws IOException {
        Skp skp = Permen2022Samples.jaJf();
        try (Workbook workbook = Permen2022FormWriter.standard().createSkp(skp, WorkbookFormat.XLSX)) {
            RhkReference reference = skp.findRhk("1").orElseThrow().rhkAtasan().orElseThrow();

            assertThat(find(workbook.getSheet("SKP"), reference.skpId() + "/" + reference.rhkId())).isNotNull();
        }
    }

    static Permen2022ReadResult read(byte[] bytes, WorkbookFormat format) {
        return Permen2022WorkbookReader.standard().read(new ByteArrayInputStream(bytes),
                "permen2022" + format.extension());
    }

    /** Returns the first cell, row by row, whose text is {@code text}, failing if there is none. */
    static Cell find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell \"" + text + "\" in sheet " + sheet.getSheetName());
    }

    /** Returns the value cell right of a label: the first cell after the label's merged region. */
    static Cell labelledValue(Sheet sheet, String label) {
        Cell at = find(sheet, label);
        int next = at.getColumnIndex() + 1;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(at.getRowIndex(), at.getColumnIndex())) {
                next = region.getLastColumn() + 1;
            }
        }
        return at.getRow().getCell(next);
    }
}
