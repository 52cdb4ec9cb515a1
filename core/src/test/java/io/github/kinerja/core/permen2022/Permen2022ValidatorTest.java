package io.github.kinerja.core.permen2022;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.TargetKind;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class Permen2022ValidatorTest {

    private static final Skp STAFF = Fixtures.staffSkp("SKP-STAF1", Fixtures.staff("Siti Aminah", 1), "1");

    private static List<String> codes(Report report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    private static Skp staffWith(Rhk... rhk) {
        return Skp.builder().from(STAFF).rhk(List.of(rhk)).build();
    }

    private static Rhk.Builder rhk(String id) {
        return Rhk.builder().id(id).jenis(JenisRhk.UTAMA).uraian("Laporan " + id)
                .rhkAtasan(RhkReference.of("SKP-KABID", "1"));
    }

    private static Evaluasi bulan(int month, RealisasiIki... realisasi) {
        return Evaluasi.builder().skpId("SKP-STAF1").periode(PeriodeEvaluasi.bulanan(YearMonth.of(2023, month)))
                .addRealisasi(realisasi).ratingHasilKerja(Rating.SESUAI_EKSPEKTASI)
                .ratingPerilaku(Rating.SESUAI_EKSPEKTASI).build();
    }

    private static RealisasiIki done() {
        return RealisasiIki.of("SKP-STAF1.1", BigDecimal.ONE);
    }

    @Test
    void validate_fixtures_areClean() {
        assertThat(Permen2022Validator.validate(STAFF).isEmpty()).isTrue();
        assertThat(Permen2022Validator.validate(Fixtures.leaderSkp()).isEmpty()).isTrue();
    }

    @Test
    void validate_noUtama_reportsError() {
        Skp tambahanOnly = staffWith(rhk("T1").jenis(JenisRhk.TAMBAHAN).addIki(Fixtures.iki("T1.1", "1")).build());

        assertThat(codes(Permen2022Validator.validate(tambahanOnly)))
                .containsExactly(Permen2022Validator.SKP_UTAMA_MISSING);
    }

    @Test
    void validate_rhkWithoutIki_reportsError() {
        Report report = Permen2022Validator.validate(staffWith(rhk("1").build()));

        assertThat(codes(report)).containsExactly(Permen2022Validator.RHK_IKI_MISSING);
        assertThat(report.findings().get(0).location()).isEqualTo("SKP-STAF1/rhk/1");
    }

    @Test
    void validate_jaJfRhkWithoutSuperiorLink_reportsError() {
        Rhk unlinked = Rhk.builder().id("1").jenis(JenisRhk.UTAMA).uraian("Laporan")
                .addIki(Fixtures.iki("1.1", "1")).build();

        Report report = Permen2022Validator.validate(staffWith(unlinked));

        assertThat(codes(report)).containsExactly(Permen2022Validator.RHK_INTERVENSI_MISSING);
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void validate_jptRhkWithoutSuperiorLink_isAllowed() {
        Skp leader = Fixtures.leaderSkp();

        assertThat(leader.rhk()).allSatisfy(r -> assertThat(r.rhkAtasan()).isEmpty());
        assertThat(Permen2022Validator.validate(leader).isEmpty()).isTrue();
    }

    @Test
    void validate_jptRhkWithoutPerspektif_warns() {
        Skp leader = Skp.builder().from(Fixtures.leaderSkp()).rhk(List.of(Rhk.builder().id("1").jenis(JenisRhk.UTAMA)
                .uraian("Layanan").addIki(Fixtures.iki("K1.1", "4")).build())).build();

        assertThat(codes(Permen2022Validator.validate(leader)))
                .containsExactly(Permen2022Validator.RHK_PERSPEKTIF_MISSING);
    }

    @Test
    void validate_jaJfRhkWithPerspektif_warns() {
        Skp staff = staffWith(rhk("1").perspektif(Perspektif.ANGGARAN).addIki(Fixtures.iki("1.1", "1")).build());

        assertThat(codes(Permen2022Validator.validate(staff)))
                .containsExactly(Permen2022Validator.RHK_PERSPEKTIF_UNEXPECTED);
    }

    @Test
    void validate_targetWithoutSatuan_warns() {
        Iki noUnit = Iki.builder().id("1.1").indikator("Laporan")
                .target(IkiTarget.builder().kind(TargetKind.VALUE).value(BigDecimal.TEN).build()).build();

        Report report = Permen2022Validator.validate(staffWith(rhk("1").addIki(noUnit).build()));

        assertThat(codes(report)).containsExactly(Permen2022Validator.TARGET_SATUAN_MISSING);
        assertThat(report.findings().get(0).location()).isEqualTo("SKP-STAF1/rhk/1/iki/1.1");
    }

    @Test
    void validate_zeroTarget_warns() {
        Report report = Permen2022Validator.validate(staffWith(rhk("1").addIki(Fixtures.iki("1.1", "0")).build()));

        assertThat(codes(report)).containsExactly(Permen2022Validator.TARGET_ZERO);
    }

    @Test
    void validateEvaluations_completeMonths_areClean() {
        Report report = Permen2022Validator.validateEvaluations(STAFF, List.of(bulan(2, done()), bulan(1, done())));

        assertThat(report.isEmpty()).isTrue();
    }

    @Test
    void validateEvaluations_annualBesideMonths_isNoOverlap() {
        Evaluasi annual = Evaluasi.builder().skpId("SKP-STAF1").periode(PeriodeEvaluasi.tahunan(2023))
                .addRealisasi(done()).ratingHasilKerja(Rating.SESUAI_EKSPEKTASI)
                .ratingPerilaku(Rating.SESUAI_EKSPEKTASI).build();

        assertThat(Permen2022Validator.validateEvaluations(STAFF, List.of(bulan(1, done()), annual)).isEmpty())
                .isTrue();
    }

    @Test
    void validateEvaluations_overlap_reportsError() {
        Evaluasi quarter = Evaluasi.builder().skpId("SKP-STAF1").periode(PeriodeEvaluasi.triwulanan(2023, 1))
                .addRealisasi(done()).ratingHasilKerja(Rating.SESUAI_EKSPEKTASI)
                .ratingPerilaku(Rating.SESUAI_EKSPEKTASI).build();

        Report report = Permen2022Validator.validateEvaluations(STAFF, List.of(bulan(1, done()), quarter));

        assertThat(codes(report)).containsExactly(Permen2022Validator.EVALUASI_PERIODE_OVERLAP);
    }

    @Test
    void validateEvaluations_gap_warnsWithTheMissingDays() {
        Report report = Permen2022Validator.validateEvaluations(STAFF, List.of(bulan(1, done()), bulan(3, done())));

        assertThat(codes(report)).containsExactly(Permen2022Validator.EVALUASI_PERIODE_GAP);
        assertThat(report.findings().get(0).arguments()).containsExactly("2023-02-01", "2023-02-28");
    }

    @Test
    void validateEvaluations_gapBeforeTheFirst_warns() {
        Report report = Permen2022Validator.validateEvaluations(STAFF, List.of(bulan(2, done())));

        assertThat(codes(report)).containsExactly(Permen2022Validator.EVALUASI_PERIODE_GAP);
        assertThat(report.findings().get(0).arguments()).containsExactly("2023-01-01", "2023-01-31");
    }

    @Test
    void validateEvaluations_otherSkp_reportsError() {
        Evaluasi other = Fixtures.januari("SKP-X", Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);

        assertThat(codes(Permen2022Validator.validateEvaluations(STAFF, List.of(other))))
                .containsExactly(Permen2022Validator.EVALUASI_SKP_MISMATCH);
    }

    @Test
    void validateEvaluations_outsideSkpPeriod_reportsError() {
        Skp firstHalf = Skp.builder().from(STAFF)
                .periode(AssessmentPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30))).build();
        Evaluasi july = Evaluasi.builder().skpId("SKP-STAF1").periode(PeriodeEvaluasi.bulanan(YearMonth.of(2023, 7)))
                .addRealisasi(done()).ratingHasilKerja(Rating.SESUAI_EKSPEKTASI)
                .ratingPerilaku(Rating.SESUAI_EKSPEKTASI).build();

        assertThat(codes(Permen2022Validator.validateEvaluations(firstHalf, List.of(july))))
                .contains(Permen2022Validator.EVALUASI_PERIODE_OUTSIDE);
    }

    @Test
    void validateEvaluations_ratingNotSet_warns() {
        Evaluasi unrated = Evaluasi.builder().skpId("SKP-STAF1").periode(PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1)))
                .addRealisasi(done()).build();

        assertThat(codes(Permen2022Validator.validateEvaluations(STAFF, List.of(unrated))))
                .containsExactly(Permen2022Validator.EVALUASI_RATING_MISSING);
    }

    @Test
    void validateEvaluations_unknownIki_reportsError() {
        Report report = Permen2022Validator.validateEvaluations(STAFF,
                List.of(bulan(1, done(), RealisasiIki.of("9.9", BigDecimal.ONE))));

        assertThat(codes(report)).containsExactly(Permen2022Validator.REALISASI_IKI_UNKNOWN);
    }

    @Test
    void validateEvaluations_ikiWithoutRealisasi_warns() {
        assertThat(codes(Permen2022Validator.validateEvaluations(STAFF, List.of(bulan(1)))))
                .containsExactly(Permen2022Validator.REALISASI_MISSING);
    }

    @Test
    void validateEvaluations_otherSatuan_reportsError() {
        RealisasiIki inPercent = RealisasiIki.builder().ikiId("SKP-STAF1.1").nilai(BigDecimal.ONE).satuan("%").build();

        Report report = Permen2022Validator.validateEvaluations(STAFF, List.of(bulan(1, inPercent)));

        assertThat(codes(report)).containsExactly(Permen2022Validator.REALISASI_SATUAN_MISMATCH);
        assertThat(report.findings().get(0).arguments()).containsExactly("SKP-STAF1.1", "%", "laporan");
    }

    @Test
    void validateEvaluations_sameSatuanInOtherCase_isClean() {
        RealisasiIki upper = RealisasiIki.builder().ikiId("SKP-STAF1.1").nilai(BigDecimal.ONE).satuan(" Laporan")
                .build();

        assertThat(Permen2022Validator.validateEvaluations(STAFF, List.of(bulan(1, upper))).isEmpty()).isTrue();
    }

    @Test
    void validateEvaluations_numericTargetWithTextOnly_warns() {
        RealisasiIki textOnly = RealisasiIki.builder().ikiId("SKP-STAF1.1").keterangan("Sudah dikirim").build();

        assertThat(codes(Permen2022Validator.validateEvaluations(STAFF, List.of(bulan(1, textOnly)))))
                .containsExactly(Permen2022Validator.REALISASI_NILAI_MISSING);
    }

    @Test
    void validateEvaluations_qualitativeTargetWithNumber_warns() {
        Skp qualitative = staffWith(rhk("1").addIki(Iki.builder().id("Q1").indikator("Rancangan")
                .target(IkiTarget.qualitative("Disetujui")).build()).build());
        Evaluasi evaluasi = Evaluasi.builder().skpId("SKP-STAF1")
                .periode(PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1))).addRealisasi(RealisasiIki.of("Q1",
                        BigDecimal.ONE)).ratingHasilKerja(Rating.SESUAI_EKSPEKTASI)
                .ratingPerilaku(Rating.SESUAI_EKSPEKTASI).build();

        assertThat(codes(Permen2022Validator.validateEvaluations(qualitative, List.of(evaluasi))))
                .containsExactly(Permen2022Validator.REALISASI_NILAI_UNEXPECTED);
    }

    @Test
    void validateUnit_duplicateNip_reportsError() {
        Skp again = Fixtures.staffSkp("SKP-STAF1-BARU", Fixtures.staff("Siti Aminah", 1), "2");
        Skp other = Fixtures.staffSkp("SKP-STAF2", Fixtures.staff("Andi", 2), "2");
        UnitOrganisasi unit = UnitOrganisasi.builder().id("BIDANG-1").nama("Bidang Mutasi").build();

        Report report = Permen2022Validator.validateUnit(unit, List.of(STAFF, other, again));

        assertThat(codes(report)).containsExactly(Permen2022Validator.UNIT_NIP_DUPLICATE);
        assertThat(report.findings().get(0).arguments()).containsExactly("19900202 201503 2 001", "SKP-STAF1",
                "SKP-STAF1-BARU");
    }

    @Test
    void skp_duplicateIkiIdAcrossRhk_throws() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> staffWith(rhk("1").addIki(Fixtures.iki("X", "1")).build(),
                        rhk("2").addIki(Fixtures.iki("X", "1")).build()))
                .withMessage("IKI id X appears twice in SKP SKP-STAF1; IKI ids must be unique within the SKP");
    }
}
