package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.Pp46Samples.d;
import static io.github.kinerja.excel.write.WorkbookChecks.assertClose;
import static io.github.kinerja.excel.write.WorkbookChecks.assertFormulasMatchCachedValues;
import static io.github.kinerja.excel.write.WorkbookChecks.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.KategoriPp46;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.PerilakuKerja;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.BandBoundaryPolicy;
import io.github.kinerja.core.pp46.calc.InvalidSkpException;
import io.github.kinerja.core.pp46.calc.KreativitasAggregation;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import io.github.kinerja.core.pp46.calc.PrestasiCalculator;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.excel.Pp46ReadResult;
import io.github.kinerja.excel.Pp46WorkbookReader;
import io.github.kinerja.excel.WorkbookLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
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

class Pp46FormWriterTest {

    private static final String SKP = "SKP";
    private static final String PRESTASI = "PENILAIAN PRESTASI KERJA";
    // Rows of the sample on the evaluation sheet (1-based): kegiatan 14-18, tugas tambahan 19 with items 20-21,
    // kreativitas 22 with items 23-24, Nilai Capaian SKP 25 and its category 26.
    private static final int FIRST_KEGIATAN = 14;

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaian_sample_cachesLibraryResults(WorkbookFormat format) throws IOException {
        SkpPp46 skp = Pp46Samples.skp();
        Pp46Result result = Pp46Scorer.defaults().score(skp);
        try (Workbook workbook = reopened(Pp46FormWriter.standard().createPenilaianSkp(skp, format))) {
            for (int i = 0; i < skp.kegiatan().size(); i++) {
                int row = FIRST_KEGIATAN + i;
                assertClose("R" + row, cell(workbook, SKP, "R" + row).getNumericCellValue(),
                        result.kegiatan().get(i).penghitungan().doubleValue());
                assertClose("S" + row, cell(workbook, SKP, "S" + row).getNumericCellValue(),
                        result.kegiatan().get(i).value().doubleValue());
            }
            assertThat(cell(workbook, SKP, "S19").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(workbook, SKP, "S22").getNumericCellValue()).isEqualTo(6.0);
            assertClose("S25", cell(workbook, SKP, "S25").getNumericCellValue(), 79.38333333333333);
            assertThat(cell(workbook, SKP, "S26").getStringCellValue()).isEqualTo("(Baik)");
            assertClose("prestasi", cell(workbook, PRESTASI, "H15").getNumericCellValue(), 80.03);
            assertThat(cell(workbook, PRESTASI, "H16").getStringCellValue()).isEqualTo("(Baik)");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaian_sample_formulasMatchCache(WorkbookFormat format) throws IOException {
        try (Workbook workbook = reopened(Pp46FormWriter.standard().createPenilaianSkp(Pp46Samples.skp(), format))) {
            int checked = assertFormulasMatchCachedValues(workbook);

            // 5 kegiatan with 8 formulas each, 4 below them, and 15 on the summary sheet.
            assertThat(checked).isEqualTo(5 * 8 + 4 + 15);
        }
    }

    @Test
    void penilaian_sample_aspectBranchesMatchSpec() throws IOException {
        try (Workbook workbook = reopened(Pp46FormWriter.standard().createPenilaianSkp(Pp46Samples.skp(),
                WorkbookFormat.XLSX))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            // Waktu 9.12 of 12 months: efisiensi 24 exactly takes the first branch and scores 100.
            assertClose("W17", evaluator.evaluate(cell(workbook, SKP, "W17")).getNumberValue(), 100);
            // Biaya 150 of 200 million: efisiensi 25 takes the second branch and scores 75.
            assertClose("Y18", evaluator.evaluate(cell(workbook, SKP, "Y18")).getNumberValue(), 75);
            // No biaya: the aspect shows "-" and the kegiatan divides by 3.
            assertThat(evaluator.evaluate(cell(workbook, SKP, "Y15")).getStringValue()).isEqualTo("-");
            assertClose("S15", evaluator.evaluate(cell(workbook, SKP, "S15")).getNumberValue(), 266.0 / 3);
            // Not executed: every aspect 0.
            assertThat(evaluator.evaluate(cell(workbook, SKP, "R16")).getNumberValue()).isZero();
        }
    }

    @Test
    void penilaian_editedRealisasi_recalculates() throws IOException {
        SkpPp46 skp = Pp46Samples.skp();
        try (Workbook workbook = reopened(Pp46FormWriter.standard().createPenilaianSkp(skp, WorkbookFormat.XLSX))) {
            // The third kegiatan was not executed; the user now types its realisasi: 4 of 5, kualitas 80, 10 months.
            cell(workbook, SKP, "A16").getRow().createCell(11).setCellValue(4);
            cell(workbook, SKP, "A16").getRow().createCell(13).setCellValue(80);
            cell(workbook, SKP, "A16").getRow().createCell(14).setCellValue(10);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();

            Kegiatan edited = Kegiatan.builder().from(skp.kegiatan().get(2))
                    .realisasi(Realisasi.of(d("4"), d("80"), d("10"))).build();
            SkpPp46 changed = SkpPp46.builder().from(skp)
                    .kegiatan(List.of(skp.kegiatan().get(0), skp.kegiatan().get(1), edited, skp.kegiatan().get(3),
                            skp.kegiatan().get(4)))
                    .build();
            Pp46Result expected = Pp46Scorer.defaults().score(changed);
            assertClose("S16", cell(workbook, SKP, "S16").getNumericCellValue(),
                    expected.kegiatan().get(2).value().doubleValue());
            assertClose("S25", cell(workbook, SKP, "S25").getNumericCellValue(),
                    expected.capaianSkp().value().doubleValue());
            assertClose("H15", cell(workbook, PRESTASI, "H15").getNumericCellValue(),
                    expected.prestasi().orElseThrow().value().doubleValue());
        }
    }

    @Test
    void penilaian_sample_layoutOfTheStandardForm() throws IOException {
        try (Workbook workbook = reopened(Pp46FormWriter.standard().createPenilaianSkp(Pp46Samples.skp(),
                WorkbookFormat.XLSX))) {
            Sheet sheet = workbook.getSheet(SKP);
            assertThat(text(workbook, "A1")).isEqualTo("PENILAIAN CAPAIAN SASARAN KERJA PEGAWAI NEGERI SIPIL");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:S1"),
                    CellRangeAddress.valueOf("E11:J11"), CellRangeAddress.valueOf("L11:Q11"));
            assertThat(text(workbook, "A2")).isEqualTo("Jangka Waktu Penilaian 2 Januari 2020 s.d. 31 Desember 2020");
            assertThat(text(workbook, "B4")).isEqualTo("I. PEJABAT PENILAI");
            assertThat(text(workbook, "L4")).isEqualTo("II. PEGAWAI NEGERI SIPIL YANG DINILAI");
            assertThat(text(workbook, "O6")).isEqualTo("19660812 199402 2 908");
            assertThat(text(workbook, "O7")).isEqualTo("Penata Muda Tingkat I, III/b");
            assertThat(text(workbook, "C6")).isEqualTo("19700101 199503 1 001");
            assertThat(List.of(text(workbook, "A11"), text(workbook, "B11"), text(workbook, "D11"),
                    text(workbook, "E11"), text(workbook, "K11"), text(workbook, "L11"), text(workbook, "R11"),
                    text(workbook, "S11"))).containsExactly("NO", "I. Kegiatan Tugas Jabatan", "AK", "TARGET", "AK",
                    "REALISASI", "PENGHITUNGAN", "NILAI CAPAIAN SKP");
            assertThat(List.of(text(workbook, "E12"), text(workbook, "G12"), text(workbook, "H12"),
                    text(workbook, "J12"))).containsExactly("Kuant/ Output", "Kual/ Mutu", "Waktu", "Biaya");
            assertThat(text(workbook, "B19")).isEqualTo("II. Tugas Tambahan");
            assertThat(text(workbook, "B22")).isEqualTo("III. Kreativitas");
            assertThat(text(workbook, "A25")).isEqualTo("Nilai Capaian SKP");
            assertThat(text(workbook, "O29")).isEqualTo("Pejabat Penilai,");
            assertThat(text(workbook, "O33")).isEqualTo("Budi Santoso, M.Si.");
            assertThat(text(workbook, "O34")).isEqualTo("NIP. 19700101 199503 1 001");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaian_sample_printSetup(WorkbookFormat format) throws IOException {
        try (Workbook workbook = reopened(Pp46FormWriter.standard().createPenilaianSkp(Pp46Samples.skp(), format))) {
            Sheet sheet = workbook.getSheet(SKP);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(10);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(12);
            assertThat(workbook.getPrintArea(0)).isEqualTo("SKP!$A$1:$S$34");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaian_numbersAndDates_documentedFormats(WorkbookFormat format) throws IOException {
        try (Workbook workbook = reopened(Pp46FormWriter.standard().withSigningPlace("Jakarta")
                .createPenilaianSkp(Pp46Samples.skp(), format))) {
            assertThat(cell(workbook, SKP, "S25").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(cell(workbook, SKP, "J14").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(text(workbook, "O28")).isEqualTo("Jakarta,");
            Cell date = cell(workbook, SKP, "Q28");
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 12, 31));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("[$-421]d mmmm yyyy;@");
            assertThat(cell(workbook, SKP, "B14").getCellStyle().getDataFormatString()).isEqualTo("@");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaian_formulaLikeText_isWrittenAsText(WorkbookFormat format) throws IOException {
        List<String> names = List.of("=HYPERLINK(\"x\")", "+62 811", "-", "@user");
        SkpPp46 sample = Pp46Samples.skp();
        SkpPp46.Builder builder = SkpPp46.builder().from(sample).kegiatan(List.of());
        for (int i = 0; i < names.size(); i++) {
            builder.addKegiatan(Kegiatan.builder().from(sample.kegiatan().get(i)).name(names.get(i)).build());
        }
        SkpPp46 skp = builder.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pp46FormWriter.standard().writePenilaianSkp(skp, format, out);

        try (Workbook workbook = WorkbookChecks.open(out.toByteArray())) {
            for (int i = 0; i < names.size(); i++) {
                Cell cell = cell(workbook, SKP, "B" + (FIRST_KEGIATAN + i));
                assertThat(cell.getCellType()).as(names.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(names.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(names.get(i)).isTrue();
            }
        }
        Pp46ReadResult read = Pp46WorkbookReader.standard().read(new ByteArrayInputStream(out.toByteArray()),
                "names" + format.extension());
        assertThat(read.skp().kegiatan()).extracting(Kegiatan::name).containsExactlyElementsOf(names);
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void penilaian_sample_readsBackWithoutWarnings(WorkbookFormat format) throws IOException {
        SkpPp46 skp = Pp46Samples.skp();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pp46FormWriter.standard().writePenilaianSkp(skp, format, out);

        Pp46ReadResult read = Pp46WorkbookReader.standard().read(new ByteArrayInputStream(out.toByteArray()),
                "sample" + format.extension());

        assertThat(read.layout()).isEqualTo(WorkbookLayout.PP46_PENILAIAN_SKP);
        assertThat(read.skp()).isEqualTo(skp);
        // Only the validation's note on the kegiatan that was not executed: no reader warning, no shown difference.
        // The reader locates it at the row of the kegiatan rather than at its JSON Pointer /kegiatan/2.
        List<Finding> validation = Pp46Scorer.defaults().validate(skp).findings();
        assertThat(read.report().findings()).extracting(Finding::code, Finding::severity, Finding::arguments)
                .containsExactlyElementsOf(validation.stream()
                        .map(f -> tuple(f.code(), f.severity(), f.arguments())).toList());
        assertThat(read.report().findings()).extracting(Finding::location).containsExactly("SKP!B16");
        assertThat(read.score().orElseThrow().nilaiCapaianSkp())
                .isEqualTo(Pp46Scorer.defaults().score(skp).nilaiCapaianSkp());
    }

    @Test
    void penilaian_struktural_meanOverSixAspects() throws IOException {
        SkpPp46 sample = Pp46Samples.skp();
        SkpPp46 skp = SkpPp46.builder().from(sample)
                .perilaku(PerilakuKerja.builder()
                        .from(sample.perilaku().orElseThrow())
                        .putScore(AspekPerilaku.KEPEMIMPINAN, d("75"))
                        .build())
                .build();
        try (Workbook workbook = reopened(Pp46FormWriter.standard().createPenilaianSkp(skp, WorkbookFormat.XLS))) {
            assertFormulasMatchCachedValues(workbook);
            assertThat(cell(workbook, PRESTASI, "E11").getNumericCellValue()).isEqualTo(75.0);
            assertClose("mean", cell(workbook, PRESTASI, "E13").getNumericCellValue(), 80);
        }
        try (Workbook workbook = reopened(Pp46FormWriter.standard().createPenilaianSkp(Pp46Samples.skp(),
                WorkbookFormat.XLS))) {
            assertThat(cell(workbook, PRESTASI, "E11").getStringCellValue()).isEqualTo("-");
            assertClose("mean", cell(workbook, PRESTASI, "E13").getNumericCellValue(), 81);
        }
    }

    @ParameterizedTest
    @EnumSource(BandBoundaryPolicy.class)
    void penilaian_bandPolicies_categoriesMatchLibrary(BandBoundaryPolicy policy) throws IOException {
        // Kuantitas 90.5 of 100 with kualitas and waktu on target: (90.5 + 100 + 76) / 3 = 88.8333…; the other
        // values sweep the band edges through the perilaku scores.
        Pp46Scorer scorer = Pp46Scorer.defaults().withKategoriClassifier(policy);
        for (String score : List.of("50", "50.5", "60.5", "75.5", "90", "90.5", "90.996", "91", "100")) {
            SkpPp46 skp = withPerilaku(Pp46Samples.skp(), score);
            try (Workbook workbook = reopened(Pp46FormWriter.standard().withScorer(scorer)
                    .createPenilaianSkp(skp, WorkbookFormat.XLSX))) {
                assertFormulasMatchCachedValues(workbook);
                String expected = "(" + scorer.score(skp).kategoriPerilaku()
                        .get(AspekPerilaku.ORIENTASI_PELAYANAN).label() + ")";
                assertThat(cell(workbook, PRESTASI, "F6").getStringCellValue()).as(score).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = RoundingMode.class, names = {"HALF_UP", "DOWN", "UP", "CEILING", "FLOOR"})
    void penilaian_eachItemRounding_followsMode(RoundingMode mode) throws IOException {
        Pp46Scorer scorer = Pp46Scorer.defaults()
                .withRoundingPolicy(RoundingPolicy.of(2, mode, RoundingStage.EACH_ITEM));
        try (Workbook workbook = reopened(Pp46FormWriter.standard().withScorer(scorer)
                .createPenilaianSkp(Pp46Samples.skp(), WorkbookFormat.XLSX))) {
            assertFormulasMatchCachedValues(workbook);
            BigDecimal expected = new BigDecimal("266").divide(new BigDecimal("3"), 2, mode);
            assertThat(WorkbookChecks.number(cell(workbook, SKP, "S15"))).isEqualByComparingTo(expected);
        }
    }

    @Test
    void penilaian_halfEvenRounding_writesConstants() throws IOException {
        Pp46Scorer scorer = Pp46Scorer.defaults().withRoundingPolicy(RoundingPolicy.defaults()
                .withMode(RoundingMode.HALF_EVEN).withStage(RoundingStage.EACH_ITEM));
        try (Workbook workbook = reopened(Pp46FormWriter.standard().withScorer(scorer)
                .createPenilaianSkp(Pp46Samples.skp(), WorkbookFormat.XLSX))) {
            assertThat(cell(workbook, SKP, "S26").getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(workbook, SKP, "S15").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(WorkbookChecks.number(cell(workbook, SKP, "S15"))).isEqualByComparingTo("88.67");
            assertFormulasMatchCachedValues(workbook);
        }
    }

    @Test
    void penilaian_otherPolicies_formulasFollowScorer() throws IOException {
        Pp46Scorer scorer = Pp46Scorer.defaults()
                .withKreativitasCalculator(KreativitasAggregation.SUM)
                .withPrestasiCalculator(PrestasiCalculator.weighted(new BigDecimal("0.7"), new BigDecimal("0.3")));
        try (Workbook workbook = reopened(Pp46FormWriter.standard().withScorer(scorer)
                .createPenilaianSkp(Pp46Samples.skp(), WorkbookFormat.XLS))) {
            assertFormulasMatchCachedValues(workbook);
            assertThat(cell(workbook, SKP, "S22").getCellFormula()).isEqualTo("SUM(S23:S24)");
            assertThat(cell(workbook, SKP, "S22").getNumericCellValue()).isEqualTo(9.0);
            assertThat(cell(workbook, PRESTASI, "G5").getNumericCellValue()).isEqualTo(0.7);
            assertThat(cell(workbook, PRESTASI, "G14").getNumericCellValue()).isEqualTo(0.3);
        }
    }

    @Test
    void penilaian_customCalculators_writesConstants() throws IOException {
        Pp46Scorer scorer = Pp46Scorer.defaults()
                .withKategoriClassifier(value -> KategoriPp46.CUKUP)
                .withKreativitasCalculator(items -> CalculationStep.of(
                        "pp46.skp.kreativitas", "fixed", BigDecimal.TEN));
        try (Workbook workbook = reopened(Pp46FormWriter.standard().withScorer(scorer)
                .createPenilaianSkp(Pp46Samples.skp(), WorkbookFormat.XLSX))) {
            assertFormulasMatchCachedValues(workbook);
            assertThat(cell(workbook, SKP, "S22").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(workbook, SKP, "S22").getNumericCellValue()).isEqualTo(10.0);
            assertThat(cell(workbook, SKP, "S26").getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(workbook, SKP, "S26").getStringCellValue()).isEqualTo("(Cukup)");
            assertThat(cell(workbook, SKP, "S25").getCellType()).isEqualTo(CellType.FORMULA);
        }
    }

    @Test
    void penilaian_invalidSkp_throws() {
        SkpPp46 sample = Pp46Samples.skp();
        SkpPp46 skp = SkpPp46.builder().from(sample)
                .kegiatan(List.of(Kegiatan.builder().name("Tanpa target").build()))
                .build();

        assertThatThrownBy(() -> Pp46FormWriter.standard().createPenilaianSkp(skp, WorkbookFormat.XLSX))
                .isInstanceOfSatisfying(InvalidSkpException.class,
                        e -> assertThat(e.report().hasErrors()).isTrue());
    }

    @Test
    void penilaian_unknownExtension_throws(@TempDir Path directory) {
        Path file = directory.resolve("skp.ods");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Pp46FormWriter.standard().writePenilaianSkp(Pp46Samples.skp(), file))
                .withMessage("file name must end in .xls or .xlsx to choose the format, was \"" + file + "\"");
        assertThat(file).doesNotExist();
    }

    @Test
    void penilaian_pathWithExtension_writesThatFormat(@TempDir Path directory) throws IOException {
        Path xls = directory.resolve("skp.XLS");
        Path xlsx = directory.resolve("skp.xlsx");
        Pp46FormWriter.standard().writePenilaianSkp(Pp46Samples.skp(), xls);
        Pp46FormWriter.standard().writeFormulirSkp(Pp46Samples.skp(), xlsx);

        assertThat(Files.readAllBytes(xls)).startsWith((byte) 0xD0, (byte) 0xCF);
        assertThat(Files.readAllBytes(xlsx)).startsWith((byte) 'P', (byte) 'K');
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void formulir_sample_layoutAndTotal(WorkbookFormat format) throws IOException {
        try (Workbook workbook = reopened(Pp46FormWriter.standard().createFormulirSkp(Pp46Samples.skp(), format))) {
            String sheet = "FORMULIR SKP";
            assertThat(cell(workbook, sheet, "A1").getStringCellValue())
                    .isEqualTo("FORMULIR SASARAN KERJA PEGAWAI NEGERI SIPIL");
            assertThat(cell(workbook, sheet, "B11").getStringCellValue()).isEqualTo("III. KEGIATAN TUGAS JABATAN");
            assertThat(cell(workbook, sheet, "E11").getStringCellValue()).isEqualTo("TARGET");
            assertThat(cell(workbook, sheet, "A19").getStringCellValue()).isEqualTo("JUMLAH");
            assertThat(cell(workbook, sheet, "D19").getCellFormula()).isEqualTo("SUM(D14:D18)");
            assertThat(cell(workbook, sheet, "D19").getNumericCellValue()).isEqualTo(0.5);
            assertThat(cell(workbook, sheet, "J15").getStringCellValue()).isEqualTo("-");
            assertThat(cell(workbook, sheet, "B22").getStringCellValue())
                    .isEqualTo("Pegawai Negeri Sipil Yang Dinilai,");
            assertThat(cell(workbook, sheet, "B26").getStringCellValue()).isEqualTo("Siti Aminah, S.E.");
            Cell date = cell(workbook, sheet, "I21");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 1, 2));
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertFormulasMatchCachedValues(workbook);
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void formulir_sample_readsBackAsThePlan(WorkbookFormat format) throws IOException {
        SkpPp46 skp = Pp46Samples.skp();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pp46FormWriter.standard().writeFormulirSkp(skp, format, out);

        Pp46ReadResult read = Pp46WorkbookReader.standard().read(new ByteArrayInputStream(out.toByteArray()),
                "plan" + format.extension());

        assertThat(read.layout()).isEqualTo(WorkbookLayout.PP46_FORMULIR_SKP);
        assertThat(read.skp()).isEqualTo(WriteGens.planOf(skp));
    }

    @Test
    void signingPlace_blank_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pp46FormWriter.standard().withSigningPlace(" "))
                .withMessage("signing place must not be blank, leave it unset for a dotted line");
    }

    @Test
    void signingDate_overridesThePeriodEnd() throws IOException {
        try (Workbook workbook = reopened(Pp46FormWriter.standard().withSigningDate(LocalDate.of(2021, 1, 5))
                .createPenilaianSkp(Pp46Samples.skp(), WorkbookFormat.XLSX))) {
            assertThat(cell(workbook, SKP, "Q28").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2021, 1, 5));
            assertThat(text(workbook, "O28")).isEqualTo("....................,");
        }
    }

    private static SkpPp46 withPerilaku(SkpPp46 skp, String orientasiPelayanan) {
        return SkpPp46.builder().from(skp)
                .perilaku(PerilakuKerja.builder().from(skp.perilaku().orElseThrow())
                        .putScore(AspekPerilaku.ORIENTASI_PELAYANAN,
                                new BigDecimal(orientasiPelayanan))
                        .build())
                .build();
    }

    private static String text(Workbook workbook, String address) {
        return new DataFormatter().formatCellValue(cell(workbook, SKP, address));
    }

    private static Workbook reopened(Workbook workbook) {
        return WorkbookChecks.open(WorkbookChecks.bytes(workbook));
    }
}
