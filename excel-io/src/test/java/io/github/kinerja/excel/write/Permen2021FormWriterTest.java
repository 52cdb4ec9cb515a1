package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.Permen2021Samples.d;
import static io.github.kinerja.excel.write.WorkbookChecks.assertClose;
import static io.github.kinerja.excel.write.WorkbookChecks.assertFormulasMatchCachedValues;
import static io.github.kinerja.excel.write.WorkbookChecks.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import io.github.kinerja.core.permen2021.CapaianGapPolicy;
import io.github.kinerja.core.permen2021.HasilIki;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.HasilRencanaKinerja;
import io.github.kinerja.core.permen2021.Iki;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.JenisKinerja;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2021.Skp;
import io.github.kinerja.excel.Permen2021ReadResult;
import io.github.kinerja.excel.Permen2021WorkbookReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Permen2021FormWriterTest {

    private static final String SKP = "SKP";
    // Rows of the spec sample (1-based): header 11-13, A. KINERJA UTAMA 14, rencana kinerja 15-16, B. KINERJA
    // TAMBAHAN 17 with one empty row 18, nilai kinerja utama 19, tambahan 20, nilai SKP 21, nilai akhir block 23-30.
    // The varied sample has the atasan block, so its header is at 18 and its first rencana kinerja row is 22.
    private static final int VARIED_FIRST_ROW = 22;

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void spec_sample_cachesSpecVectors(WorkbookFormat format) throws IOException {
        try (Workbook workbook = reopened(Permen2021FormWriter.standard().createSkp(Permen2021Samples.spec(),
                format))) {
            assertClose("M15", number(workbook, "M15"), 108.56);
            assertThat(text(workbook, "N15")).isEqualTo("Sangat Baik");
            assertClose("O15", number(workbook, "O15"), 118.4);
            assertClose("O16", number(workbook, "O16"), 87.2);
            assertThat(text(workbook, "N16")).isEqualTo("Cukup");
            assertClose("Q15", number(workbook, "Q15"), 59.2);
            assertClose("Q16", number(workbook, "Q16"), 43.6);
            assertClose("Q21", number(workbook, "Q21"), 102.8);
            assertClose("H24", number(workbook, "H24"), 71.96);
            assertClose("H25", number(workbook, "H25"), 28.5);
            assertClose("H26", number(workbook, "H26"), 100.46);
            assertThat(text(workbook, "H27")).isEqualTo("Baik");
            assertThat(number(workbook, "G24")).isEqualTo(0.7);
            assertThat(number(workbook, "G25")).isEqualTo(0.3);
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void varied_sample_cachesScorerResults(WorkbookFormat format) throws IOException {
        PenilaianKinerja penilaian = Permen2021Samples.varied();
        HasilPenilaian hasil = Permen2021Scorer.standard().score(penilaian);
        try (Workbook workbook = reopened(Permen2021FormWriter.standard().createSkp(penilaian, format))) {
            int row = VARIED_FIRST_ROW;
            for (HasilRencanaKinerja rencana : hasil.rencanaKinerja()) {
                if (rencana.rencanaKinerja().jenis() == JenisKinerja.TAMBAHAN && row < VARIED_FIRST_ROW + 6) {
                    row = VARIED_FIRST_ROW + 6;
                }
                assertClose("P" + row, number(workbook, "P" + row), rencana.nilai().doubleValue());
                assertClose("Q" + row, number(workbook, "Q" + row), rencana.nilaiTertimbang().doubleValue());
                for (HasilIki iki : rencana.iki()) {
                    assertClose("M" + row, number(workbook, "M" + row), iki.capaian().percent().doubleValue());
                    assertClose("O" + row, number(workbook, "O" + row), iki.nilaiUsed().doubleValue());
                    row++;
                }
            }
            assertClose("M22", number(workbook, "M22"), 87.5);
            assertClose("O22", number(workbook, "O22"), 77.5);
            assertClose("M23", number(workbook, "M23"), 750.0 / 7);
            assertClose("O24", number(workbook, "O24"), 120);
            assertThat(cell(workbook, SKP, "M25").getCellType()).as("appraiser's capaian").isEqualTo(CellType.NUMERIC);
            assertClose("O25", number(workbook, "O25"), 109);
            assertThat(number(workbook, "O26")).as("no realisasi").isZero();
            assertThat(cell(workbook, SKP, "Q29").getCellType()).as("tambahan without bobot")
                    .isEqualTo(CellType.NUMERIC);
            assertClose("nilai SKP", number(workbook, "Q32"), hasil.nilaiSkp().doubleValue());
            assertClose("nilai akhir", number(workbook, "H37"), hasil.nilaiAkhir().nilai().doubleValue());
            assertThat(text(workbook, "H38")).isEqualTo("Baik");
            assertThat(number(workbook, "G35")).isEqualTo(0.6);
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void samples_formulasMatchCache(WorkbookFormat format) throws IOException {
        try (Workbook spec = reopened(Permen2021FormWriter.standard().createSkp(Permen2021Samples.spec(), format));
                Workbook varied = reopened(Permen2021FormWriter.standard().createSkp(Permen2021Samples.varied(),
                        format))) {
            // Spec: 2 IKI with capaian, kategori and nilai, 2 rencana kinerja with nilai and tertimbang, 3 sums,
            // and 7 in the nilai akhir block.
            assertThat(assertFormulasMatchCachedValues(spec)).isEqualTo(2 * 3 + 2 * 2 + 3 + 7);
            // Varied: 7 IKI, one with the appraiser's capaian; 4 rencana kinerja, one tertimbang constant.
            assertThat(assertFormulasMatchCachedValues(varied)).isEqualTo(7 * 3 - 1 + 4 * 2 - 1 + 3 + 7);
        }
    }

    @ParameterizedTest
    @EnumSource(CapaianGapPolicy.class)
    void gapPolicies_formulasFollowScorer(CapaianGapPolicy policy) throws IOException {
        Permen2021Scorer scorer = Permen2021Scorer.standard().withGapPolicy(policy);
        try (Workbook workbook = reopened(Permen2021FormWriter.standard().withScorer(scorer)
                .createSkp(Permen2021Samples.varied(), WorkbookFormat.XLSX))) {
            assertFormulasMatchCachedValues(workbook);
            double expected = policy == CapaianGapPolicy.INTERPOLATE ? 110 + 10.0 / 9 * (750.0 / 7 - 101)
                    : 110 + 10.0 / 9 * 6;
            assertClose("O23", number(workbook, "O23"), expected);
        }
    }

    @ParameterizedTest
    @EnumSource(value = RoundingMode.class, names = {"HALF_UP", "DOWN", "UP", "CEILING", "FLOOR"})
    void eachItemRounding_formulasFollowMode(RoundingMode mode) throws IOException {
        Permen2021Scorer scorer = Permen2021Scorer.standard()
                .withRounding(RoundingPolicy.of(2, mode, RoundingStage.EACH_ITEM));
        try (Workbook workbook = reopened(Permen2021FormWriter.standard().withScorer(scorer)
                .createSkp(Permen2021Samples.varied(), WorkbookFormat.XLSX))) {
            assertFormulasMatchCachedValues(workbook);
            assertThat(WorkbookChecks.number(cell(workbook, SKP, "O23")))
                    .isEqualByComparingTo(scorer.score(Permen2021Samples.varied()).rencanaKinerja().get(0).iki()
                            .get(1).nilaiUsed());
        }
    }

    @Test
    void halfEvenRounding_writesConstants() throws IOException {
        Permen2021Scorer scorer = Permen2021Scorer.standard().withRounding(RoundingPolicy.defaults()
                .withMode(RoundingMode.HALF_EVEN).withStage(RoundingStage.EACH_ITEM));
        try (Workbook workbook = reopened(Permen2021FormWriter.standard().withScorer(scorer)
                .createSkp(Permen2021Samples.varied(), WorkbookFormat.XLSX))) {
            assertThat(cell(workbook, SKP, "O23").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(WorkbookChecks.number(cell(workbook, SKP, "O23"))).isEqualByComparingTo("116.83");
            assertThat(cell(workbook, SKP, "M23").getCellType()).isEqualTo(CellType.FORMULA);
            assertFormulasMatchCachedValues(workbook);
        }
    }

    @Test
    void editedInputs_recalculate() throws IOException {
        try (Workbook workbook = reopened(Permen2021FormWriter.standard().createSkp(Permen2021Samples.spec(),
                WorkbookFormat.XLSX))) {
            // The second IKI now meets its target, and the instansi uses peer input: 60/40.
            cell(workbook, SKP, "L16").setCellValue(100);
            cell(workbook, SKP, "F29").setCellValue("Ya");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();

            HasilPenilaian expected = Permen2021Scorer.standard().score(withRealisasi(Permen2021Samples.spec(),
                    "2.1", "100", true));
            assertThat(text(workbook, "N16")).isEqualTo("Baik");
            assertClose("O16", number(workbook, "O16"), 109);
            assertClose("Q21", number(workbook, "Q21"), expected.nilaiSkp().doubleValue());
            assertClose("H26", number(workbook, "H26"), expected.nilaiAkhir().nilai().doubleValue());
            assertThat(text(workbook, "H27")).isEqualTo("Baik");
            assertThat(number(workbook, "G24")).isEqualTo(0.6);
        }
    }

    @Test
    void varied_sample_layoutOfTheForm() throws IOException {
        try (Workbook workbook = reopened(Permen2021FormWriter.standard().withSigningPlace("Jakarta")
                .createSkp(Permen2021Samples.varied(), WorkbookFormat.XLSX))) {
            Sheet sheet = workbook.getSheet(SKP);
            assertThat(text(workbook, "A1")).isEqualTo("SASARAN KINERJA PEGAWAI");
            assertThat(text(workbook, "A2")).isEqualTo("Periode Penilaian 1 Juli 2021 s.d. 31 Desember 2021");
            assertThat(text(workbook, "B4")).isEqualTo("PEGAWAI YANG DINILAI");
            assertThat(text(workbook, "K4")).isEqualTo("PEJABAT PENILAI KINERJA");
            assertThat(text(workbook, "B11")).isEqualTo("ATASAN PEJABAT PENILAI KINERJA");
            assertThat(text(workbook, "C5")).isEqualTo("Siti Aminah, S.E.");
            assertThat(text(workbook, "C6")).isEqualTo("19660812 199402 2 908");
            assertThat(text(workbook, "C7")).isEqualTo("Penata Muda Tingkat I, III/b");
            assertThat(text(workbook, "M5")).isEqualTo("Budi Santoso, M.Si.");
            assertThat(text(workbook, "C12")).isEqualTo("Dewi Lestari, M.M.");
            assertThat(List.of(text(workbook, "A18"), text(workbook, "B18"), text(workbook, "C18"),
                    text(workbook, "D18"), text(workbook, "E18"), text(workbook, "F18"), text(workbook, "G18"),
                    text(workbook, "L18"), text(workbook, "M18"), text(workbook, "N18"), text(workbook, "O18"),
                    text(workbook, "P18"), text(workbook, "Q18"))).containsExactly("NO",
                    "RENCANA KINERJA ATASAN LANGSUNG/ UNIT KERJA/ ORGANISASI", "RENCANA KINERJA",
                    "BOBOT RENCANA KINERJA (%)", "INDIKATOR KINERJA INDIVIDU", "BOBOT IKI (%)", "TARGET",
                    "REALISASI", "CAPAIAN IKI (%)", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI",
                    "NILAI RENCANA KINERJA", "NILAI TERTIMBANG");
            assertThat(List.of(text(workbook, "G19"), text(workbook, "H19"), text(workbook, "I19"),
                    text(workbook, "J19"), text(workbook, "K19"))).containsExactly("Nilai", "s.d.", "Satuan",
                    "Jenis Target", "Target Maksimal");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:Q1"),
                    CellRangeAddress.valueOf("G18:K18"), CellRangeAddress.valueOf("C22:C24"),
                    CellRangeAddress.valueOf("P22:P24"), CellRangeAddress.valueOf("Q22:Q24"),
                    CellRangeAddress.valueOf("G25:I25"));
            assertThat(text(workbook, "A21")).isEqualTo("A. KINERJA UTAMA");
            assertThat(text(workbook, "A27")).isEqualTo("B. KINERJA TAMBAHAN");
            assertThat(List.of(text(workbook, "J22"), text(workbook, "J23"), text(workbook, "J25")))
                    .containsExactly("Normal", "Kondisi Khusus", "Kualitatif");
            assertThat(text(workbook, "K24")).isEqualTo("Ya");
            assertThat(text(workbook, "A30")).isEqualTo("NILAI KINERJA UTAMA");
            assertThat(text(workbook, "A32")).isEqualTo("NILAI SKP");
            assertThat(text(workbook, "B36")).isEqualTo("Nilai Perilaku Kerja");
            assertThat(text(workbook, "F40")).isEqualTo("Ya");
            assertThat(text(workbook, "F41")).isEqualTo("Ya");
            assertThat(text(workbook, "M44")).isEqualTo("Jakarta,");
            assertThat(text(workbook, "B45")).isEqualTo("Pegawai yang Dinilai,");
            assertThat(text(workbook, "M45")).isEqualTo("Pejabat Penilai Kinerja,");
            assertThat(text(workbook, "M49")).isEqualTo("Budi Santoso, M.Si.");
            assertThat(text(workbook, "M50")).isEqualTo("NIP. 19700101 199503 1 001");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void spec_sample_printSetupAndFormats(WorkbookFormat format) throws IOException {
        try (Workbook workbook = reopened(Permen2021FormWriter.standard().createSkp(Permen2021Samples.spec(),
                format))) {
            Sheet sheet = workbook.getSheet(SKP);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(10);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(12);
            assertThat(workbook.getPrintArea(0)).isEqualTo("SKP!$A$1:$Q$39");
            assertThat(cell(workbook, SKP, "O15").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(cell(workbook, SKP, "G24").getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(cell(workbook, SKP, "C15").getCellStyle().getDataFormatString()).isEqualTo("@");
            Cell date = cell(workbook, SKP, "O33");
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 12, 31));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("[$-421]d mmmm yyyy;@");
            assertThat(text(workbook, "M33")).isEqualTo("....................,");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void formulaLikeText_isWrittenAsText(WorkbookFormat format) throws IOException {
        List<String> texts = List.of("=HYPERLINK(\"x\")", "+62 811", "-", "@user");
        RencanaKinerja rencana = RencanaKinerja.builder()
                .id("1")
                .jenis(JenisKinerja.UTAMA)
                .uraian(texts.get(0))
                .rencanaKinerjaAtasan(texts.get(1))
                .addIki(Iki.builder().id("1.1").indikator(texts.get(2))
                        .target(IkiTarget.of(d("5"), texts.get(3))).realisasi(d("5")).build())
                .addIki(Iki.builder().id("1.2").indikator(texts.get(3))
                        .target(IkiTarget.qualitative(texts.get(0))).capaianPenilai(d("90")).build())
                .build();
        Skp skp = Skp.builder().from(Permen2021Samples.spec().skp()).rencanaKinerja(List.of(rencana)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Permen2021FormWriter.standard().writeSkp(skp, format, out);

        try (Workbook workbook = WorkbookChecks.open(out.toByteArray())) {
            for (String address : List.of("C15", "B15", "E15", "I15", "E16", "G16")) {
                Cell cell = cell(workbook, SKP, address);
                assertThat(cell.getCellType()).as(address).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(address).isTrue();
            }
            assertThat(cell(workbook, SKP, "C15").getStringCellValue()).isEqualTo(texts.get(0));
            assertThat(cell(workbook, SKP, "E15").getStringCellValue()).isEqualTo(texts.get(2));
        }
        Permen2021ReadResult read = Permen2021WorkbookReader.standard().read(
                new ByteArrayInputStream(out.toByteArray()), "text" + format.extension());
        assertThat(read.skp()).isEqualTo(skp);
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void skpWithoutPerilaku_endsWithNilaiSkp(WorkbookFormat format) throws IOException {
        Skp skp = Permen2021Samples.spec().skp();
        try (Workbook workbook = reopened(Permen2021FormWriter.standard().createSkp(skp, format))) {
            assertThat(text(workbook, "A21")).isEqualTo("NILAI SKP");
            assertClose("Q21", number(workbook, "Q21"), 102.8);
            assertThat(text(workbook, "M23")).isEqualTo("....................,");
            assertThat(text(workbook, "B24")).isEqualTo("Pegawai yang Dinilai,");
            assertThat(assertFormulasMatchCachedValues(workbook)).isEqualTo(2 * 3 + 2 * 2 + 3);
        }
    }

    @Test
    void unknownExtension_throws(@TempDir Path directory) {
        Path file = directory.resolve("skp.ods");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Permen2021FormWriter.standard().writeSkp(Permen2021Samples.spec(), file))
                .withMessage("file name must end in .xls or .xlsx to choose the format, was \"" + file + "\"");
        assertThat(file).doesNotExist();
    }

    @Test
    void pathWithExtension_writesThatFormat(@TempDir Path directory) throws IOException {
        Path xls = directory.resolve("skp.XLS");
        Path xlsx = directory.resolve("skp.xlsx");
        Permen2021FormWriter.standard().writeSkp(Permen2021Samples.spec(), xls);
        Permen2021FormWriter.standard().writeSkp(Permen2021Samples.spec().skp(), xlsx);

        assertThat(Files.readAllBytes(xls)).startsWith((byte) 0xD0, (byte) 0xCF);
        assertThat(Files.readAllBytes(xlsx)).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void signingPlace_blank_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> Permen2021FormWriter.standard().withSigningPlace(" "))
                .withMessage("signing place must not be blank, leave it unset for a dotted line");
    }

    @Test
    void signingDate_overridesThePeriodEnd() throws IOException {
        try (Workbook workbook = reopened(Permen2021FormWriter.standard().withSigningDate(LocalDate.of(2022, 1, 5))
                .createSkp(Permen2021Samples.spec(), WorkbookFormat.XLS))) {
            assertThat(cell(workbook, SKP, "O33").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2022, 1, 5));
        }
    }

    private static PenilaianKinerja withRealisasi(PenilaianKinerja penilaian, String ikiId, String realisasi,
            boolean peerInput) {
        Skp skp = penilaian.skp();
        List<RencanaKinerja> rencana = skp.rencanaKinerja().stream().map(r -> RencanaKinerja.builder().from(r)
                .iki(r.iki().stream().map(i -> i.id().equals(ikiId) ? i.withRealisasi(d(realisasi)) : i).toList())
                .build()).toList();
        return PenilaianKinerja.builder().from(penilaian)
                .skp(Skp.builder().from(skp).rencanaKinerja(rencana).build())
                .usesPeerOrSubordinateInput(peerInput)
                .build();
    }

    private static double number(Workbook workbook, String address) {
        return cell(workbook, SKP, address).getNumericCellValue();
    }

    // The text a cell shows: the cached result of a text formula, or the formatted value.
    private static String text(Workbook workbook, String address) {
        Cell cell = cell(workbook, SKP, address);
        if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return new DataFormatter().formatCellValue(cell);
    }

    private static Workbook reopened(Workbook workbook) {
        return WorkbookChecks.open(WorkbookChecks.bytes(workbook));
    }
}
