package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.KategoriPp46;
import io.github.kinerja.core.pp46.Pp46Fixtures;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Pp46WorkbookReaderTest {

    private static Pp46ReadResult read(byte[] workbook, Pp46FormFixtures.Format format) {
        return Pp46WorkbookReader.standard().read(new ByteArrayInputStream(workbook), "skp" + format.extension());
    }

    private static SkpPp46 s1WithIdentity() {
        return SkpPp46.builder().from(Pp46Fixtures.s1())
                .pegawai(Person.builder()
                        .name("Siti Aminah")
                        .nip(Nip.parse("19660812 199402 2 908"))
                        .golongan(Golongan.III_B)
                        .jabatan("Analis Kepegawaian")
                        .unitKerja("BKD Kabupaten Contoh")
                        .build())
                .build();
    }

    private static List<String> codes(Pp46ReadResult result) {
        return result.report().findings().stream().map(Finding::code).collect(Collectors.toList());
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_s1Vectors_scoresMeanOfK1K2K3(Pp46FormFixtures.Format format) {
        SkpPp46 skp = s1WithIdentity();

        Pp46ReadResult result = read(Pp46FormFixtures.write(skp, format), format);

        assertThat(result.layout()).isEqualTo(WorkbookLayout.PP46_PENILAIAN_SKP);
        assertThat(result.skp()).isEqualTo(skp);
        Pp46Result score = result.score().orElseThrow();
        assertThat(score.kegiatan()).extracting(k -> k.penghitungan().setScale(6, java.math.RoundingMode.HALF_UP))
                .containsExactly(new BigDecimal("342.000000"), new BigDecimal("266.000000"),
                        new BigDecimal("307.666667"));
        assertThat(score.nilaiCapaianSkp().exact().setScale(6, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("92.240741");
        assertThat(score.nilaiCapaianSkp().rounded()).isEqualByComparingTo("92.24");
        assertThat(result.shown().nilaiCapaianSkp().orElseThrow().value()).isEqualByComparingTo("92.24");
        assertThat(result.shown().kategoriCapaianSkp()).contains("(Sangat Baik)");
        assertThat(result.shown().kegiatan()).extracting(k -> k.nilaiCapaian().orElseThrow().value().toPlainString())
                .containsExactly("85.5", "88.67", "102.56");
        assertThat(codes(result)).doesNotContain("excel.pp46.shownDiffers", "excel.pp46.categoryDiffers");
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_identityAndPeriod_fromBlocksAndJangkaWaktu(Pp46FormFixtures.Format format) {
        SkpPp46 skp = SkpPp46.builder().from(s1WithIdentity())
                .pejabatPenilai(Person.builder().name("Budi Santoso").golongan(Golongan.IV_A).build())
                .period(AssessmentPeriod.of(java.time.LocalDate.of(2020, 1, 2), java.time.LocalDate.of(2020, 12, 31)))
                .perilaku(Pp46Fixtures.p1())
                .build();

        Pp46ReadResult result = read(Pp46FormFixtures.write(skp, format), format);

        assertThat(result.skp().pegawai().nip()).contains(Nip.parse("196608121994022908"));
        assertThat(result.skp().pegawai().golongan()).contains(Golongan.III_B);
        assertThat(result.skp().pejabatPenilai().map(Person::name)).contains("Budi Santoso");
        assertThat(result.skp().period().start()).hasToString("2020-01-02");
        assertThat(result.skp().perilaku()).contains(Pp46Fixtures.p1());
        assertThat(result.score().orElseThrow().nilaiPrestasiKerja().orElseThrow().kategori())
                .isEqualTo(KategoriPp46.BAIK);
        assertThat(result.shown().nilaiPerilaku().orElseThrow().value()).isEqualByComparingTo("81");
        assertThat(result.skp()).isEqualTo(skp);
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.NumberCells.class)
    void read_numbersAsText_sameModel(Pp46FormFixtures.NumberCells numbers) {
        SkpPp46 skp = s1WithIdentity();
        for (Pp46FormFixtures.Format format : Pp46FormFixtures.Format.values()) {
            byte[] workbook = Pp46FormFixtures.write(skp, format,
                    Pp46FormFixtures.Options.standard().numbers(numbers));

            Pp46ReadResult result = read(workbook, format);

            assertThat(result.skp()).isEqualTo(skp);
            assertThat(codes(result)).doesNotContain("excel.number.ambiguous", "excel.cell.notANumber");
        }
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_blankFormattedRowsAndStraySubHeader_skipped(Pp46FormFixtures.Format format) {
        SkpPp46 skp = s1WithIdentity();
        byte[] workbook = Pp46FormFixtures.write(skp, format,
                Pp46FormFixtures.Options.standard().blankFormattedRows(4).straySubHeader().numberingRow(false));

        Pp46ReadResult result = read(workbook, format);

        assertThat(result.skp()).isEqualTo(skp);
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_hiddenKegiatanRow_readWithWarning(Pp46FormFixtures.Format format) {
        SkpPp46 skp = s1WithIdentity();
        byte[] workbook = Pp46FormFixtures.write(skp, format, Pp46FormFixtures.Options.standard()
                .hideFirstKegiatanRow());

        Pp46ReadResult result = read(workbook, format);

        assertThat(result.skp().kegiatan()).hasSize(3);
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.row.hidden"))
                .singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo("SKP!A14"));
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_cachedDivisionByZero_reportedWithCell(Pp46FormFixtures.Format format) {
        SkpPp46 skp = s1WithIdentity();
        byte[] workbook = Pp46FormFixtures.write(skp, format, Pp46FormFixtures.Options.standard()
                .divisionByZeroInFirstPenghitungan());

        Pp46ReadResult result = read(workbook, format);

        assertThat(result.shown().kegiatan().get(0).penghitungan()).isEmpty();
        Finding finding = result.report().findings().stream()
                .filter(f -> f.code().equals("excel.cell.cachedError")).findFirst().orElseThrow();
        assertThat(finding.location()).isEqualTo("SKP!Q14");
        assertThat(finding.message(Locale.ROOT)).contains("#DIV/0!");
        assertThat(result.score().orElseThrow().nilaiCapaianSkp().rounded()).isEqualByComparingTo("92.24");
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_shownValueChangedByHand_warnsWithCell(Pp46FormFixtures.Format format) throws Exception {
        byte[] workbook = Pp46FormFixtures.write(s1WithIdentity(), format);
        byte[] changed;
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new ByteArrayInputStream(workbook))) {
            wb.getSheet(Pp46FormFixtures.SHEET).getRow(13).getCell(17).setCellValue(90.0);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            changed = out.toByteArray();
        }

        Pp46ReadResult result = read(changed, format);

        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.pp46.shownDiffers"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location()).isEqualTo("SKP!R14");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message(Locale.ROOT)).contains("90", "85.5");
                });
    }

    @org.junit.jupiter.api.Test
    void read_anriTemplate_failsWithoutKegiatan() {
        java.nio.file.Path path = RealFixtures.path("anriskp2019/TemplateSKP.xls");

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> Pp46WorkbookReader.standard().read(path))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.MISSING_CONTENT);
                    assertThat(e.getMessage()).contains("no kegiatan rows found in sheet SKP between rows 12 and 18")
                            .contains("column B").doesNotContain("\n");
                    assertThat(e.cell()).contains("SKP!B12");
                    assertThat(e.message(Locale.forLanguageTag("id")))
                            .contains("tidak ditemukan baris kegiatan di lembar kerja SKP antara baris 12 dan 18");
                });
    }

    @org.junit.jupiter.api.Test
    void read_kegiatanTarget_numbersKeptExact() {
        SkpPp46 skp = s1WithIdentity();

        Pp46ReadResult result = read(Pp46FormFixtures.write(skp, Pp46FormFixtures.Format.XLSX),
                Pp46FormFixtures.Format.XLSX);

        assertThat(result.skp().kegiatan().get(0).target().orElseThrow().biaya())
                .contains(new BigDecimal("170395000"));
    }
}
