package io.github.kinerja.core.permen2022;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Pola distribusi of SE MenPANRB 3/2023 with the D vectors of the specification. */
class DistribusiCheckerTest {

    private static final DistribusiChecker CHECKER = DistribusiChecker.standard();

    private static List<String> codes(Report report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    @Test
    void d1Baik_seventyPercentBaikWithOneBelow_isValid() {
        Report report = CHECKER.check(PredikatOrganisasi.BAIK, PredikatCounts.of(2, 14, 3, 1, 0));

        assertThat(report.isEmpty()).isTrue();
    }

    @Test
    void d2Baik_seventyFivePercentBaik_exceedsMaximum() {
        Report report = CHECKER.check(PredikatOrganisasi.BAIK, PredikatCounts.of(2, 15, 3, 0, 0));

        assertThat(codes(report)).containsExactly(Permen2022Validator.DISTRIBUSI_MAX);
        Finding finding = report.findings().get(0);
        assertThat(finding.arguments()).containsExactly("Baik", "15", "20", "14", "70", "Baik");
        assertThat(finding.message(Locale.ENGLISH))
                .isEqualTo("Predikat Baik: 15 of 20 employees, more than the 14 allowed (at most 70 % for a unit "
                        + "with predikat Baik).");
    }

    @Test
    void d3Baik_noneBelow_missesAtLeastOne() {
        Report report = CHECKER.check(PredikatOrganisasi.BAIK, PredikatCounts.of(6, 14, 0, 0, 0));

        assertThat(codes(report)).containsExactly(Permen2022Validator.DISTRIBUSI_AT_LEAST_ONE);
        assertThat(report.findings().get(0).arguments()).containsExactly("Butuh Perbaikan + Kurang/Misconduct",
                "Baik");
    }

    @Test
    void d4ButuhPerbaikan_boundsMetExactly_isValid() {
        assertThat(CHECKER.check(PredikatOrganisasi.BUTUH_PERBAIKAN, PredikatCounts.of(1, 2, 6, 1, 0)).isEmpty())
                .isTrue();
    }

    @Test
    void d5ButuhPerbaikan_twoSangatBaik_exceedsTenPercent() {
        Report report = CHECKER.check(PredikatOrganisasi.BUTUH_PERBAIKAN, PredikatCounts.of(2, 2, 6, 0, 0));

        assertThat(codes(report)).containsExactly(Permen2022Validator.DISTRIBUSI_MAX);
        assertThat(report.findings().get(0).arguments()).startsWith("Sangat Baik", "2", "10", "1");
    }

    @Test
    void d6Kurang_minimaMet_isValid() {
        assertThat(CHECKER.check(PredikatOrganisasi.KURANG, PredikatCounts.of(0, 2, 1, 6, 1)).isEmpty()).isTrue();
    }

    @Test
    void d7SangatKurang_validAndWithOneSangatBaikInvalid() {
        assertThat(CHECKER.check(PredikatOrganisasi.SANGAT_KURANG, PredikatCounts.of(0, 3, 1, 0, 6)).isEmpty())
                .isTrue();

        Report report = CHECKER.check(PredikatOrganisasi.SANGAT_KURANG, PredikatCounts.of(1, 2, 1, 0, 6));

        assertThat(codes(report)).containsExactly(Permen2022Validator.DISTRIBUSI_MAX);
        assertThat(report.findings().get(0).arguments()).startsWith("Sangat Baik", "1", "10", "0");
    }

    @Test
    void butuhPerbaikan_tooFewBelow_missesMinimum() {
        Report report = CHECKER.check(PredikatOrganisasi.BUTUH_PERBAIKAN, PredikatCounts.of(0, 5, 5, 0, 0));

        assertThat(codes(report)).containsExactly(Permen2022Validator.DISTRIBUSI_MIN);
        assertThat(report.findings().get(0).arguments()).containsExactly("Butuh Perbaikan", "5", "10", "6", "60",
                "Butuh Perbaikan/Cukup");
    }

    @Test
    void kurang_everyViolation_isReported() {
        Report report = CHECKER.check(PredikatOrganisasi.KURANG, PredikatCounts.of(5, 5, 0, 0, 0));

        assertThat(codes(report)).containsExactly(Permen2022Validator.DISTRIBUSI_MAX,
                Permen2022Validator.DISTRIBUSI_MIN, Permen2022Validator.DISTRIBUSI_MIN);
    }

    @Test
    void istimewa_sangatBaikNotTheLargestGroup_warns() {
        Report report = CHECKER.check(PredikatOrganisasi.ISTIMEWA, PredikatCounts.of(3, 5, 2, 0, 0));

        assertThat(codes(report)).containsExactly(Permen2022Validator.DISTRIBUSI_NOT_MODAL);
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void istimewa_tieForLargestGroup_isModal() {
        assertThat(CHECKER.check(PredikatOrganisasi.ISTIMEWA, PredikatCounts.of(4, 4, 2, 0, 0)).isEmpty()).isTrue();
    }

    @Test
    void emptyUnit_isReportedAsInfo() {
        Report report = CHECKER.check(PredikatOrganisasi.BAIK, PredikatCounts.of(0, 0, 0, 0, 0));

        assertThat(codes(report)).containsExactly(Permen2022Validator.DISTRIBUSI_EMPTY);
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void withRounding_nearestHeadcount_changesTheVerdict() {
        HeadcountRounding nearest = new HeadcountRounding() {
            @Override
            public int maxAllowed(int total, BigDecimal percent) {
                return BigDecimal.valueOf(total).multiply(percent).divide(BigDecimal.valueOf(100))
                        .setScale(0, RoundingMode.HALF_UP).intValueExact();
            }

            @Override
            public int minRequired(int total, BigDecimal percent) {
                return maxAllowed(total, percent);
            }
        };
        PredikatCounts counts = PredikatCounts.of(1, 6, 1, 0, 0);   // Baik 6 of 8: 70 % is 5.6

        assertThat(codes(CHECKER.check(PredikatOrganisasi.BAIK, counts)))
                .containsExactly(Permen2022Validator.DISTRIBUSI_MAX);
        assertThat(CHECKER.withRounding(nearest).check(PredikatOrganisasi.BAIK, counts).isEmpty()).isTrue();
    }

    @Test
    void standardRounding_floorsMaximaAndCeilsMinima() {
        assertThat(HeadcountRounding.standard().maxAllowed(9, BigDecimal.valueOf(70))).isEqualTo(6);
        assertThat(HeadcountRounding.standard().minRequired(9, BigDecimal.valueOf(60))).isEqualTo(6);
        assertThat(HeadcountRounding.standard().minRequired(3, BigDecimal.valueOf(10))).isEqualTo(1);
        assertThat(HeadcountRounding.standard().maxAllowed(3, BigDecimal.valueOf(10))).isEqualTo(0);
    }

    @Test
    void withPola_replacesOnePattern() {
        PolaDistribusi lenient = PolaDistribusi.of(PredikatOrganisasi.BAIK,
                List.of(DistributionRule.max(BigDecimal.valueOf(80), PredikatPegawai.BAIK)));

        Report report = CHECKER.withPola(lenient).check(PredikatOrganisasi.BAIK, PredikatCounts.of(2, 15, 3, 0, 0));

        assertThat(report.isEmpty()).isTrue();
        assertThat(CHECKER.pola().get(PredikatOrganisasi.BAIK)).isEqualTo(PolaDistribusi.standard(PredikatOrganisasi.BAIK));
    }

    @Test
    void checkUnit_withoutPredikat_warns() {
        UnitOrganisasi unit = UnitOrganisasi.builder().id("BIDANG-1").nama("Bidang Mutasi").build();

        Report report = CHECKER.check(unit, List.of());

        assertThat(codes(report)).containsExactly(Permen2022Validator.DISTRIBUSI_PREDIKAT_MISSING);
    }

    @Test
    void checkUnit_countsTheResults() {
        UnitOrganisasi unit = UnitOrganisasi.builder().id("BIDANG-1").nama("Bidang Mutasi")
                .predikat(PredikatOrganisasi.BAIK).build();
        Skp skp = Fixtures.staffSkp("SKP-STAF1", Fixtures.staff("Siti", 1), "1");
        HasilPenilaianPegawai baik = Permen2022Scorer.standard().score(PenilaianPegawai.builder().skp(skp)
                .evaluasi(Fixtures.januari("SKP-STAF1", Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)).build());

        Report report = CHECKER.check(unit, List.of(baik));

        // One employee, Baik: 100 % is above 70 %, and no employee has Butuh Perbaikan or Kurang/Misconduct.
        assertThat(codes(report)).containsExactly(Permen2022Validator.DISTRIBUSI_MAX,
                Permen2022Validator.DISTRIBUSI_AT_LEAST_ONE);
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.location()).isEqualTo("BIDANG-1"));
    }

    @Test
    void predikatCounts_fromList_countsEachPredikat() {
        PredikatCounts counts = PredikatCounts.from(List.of(PredikatPegawai.BAIK, PredikatPegawai.BAIK,
                PredikatPegawai.SANGAT_KURANG));

        assertThat(counts.count(PredikatPegawai.BAIK)).isEqualTo(2);
        assertThat(counts.count(PredikatPegawai.SANGAT_KURANG)).isEqualTo(1);
        assertThat(counts.total()).isEqualTo(3);
    }
}
