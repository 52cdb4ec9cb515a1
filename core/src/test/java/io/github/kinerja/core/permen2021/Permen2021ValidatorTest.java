package io.github.kinerja.core.permen2021;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Permen2021ValidatorTest {

    private static final AssessmentPeriod JULY_TO_DECEMBER =
            AssessmentPeriod.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31));

    private static Iki iki(IkiTarget target, String realisasi) {
        Iki.Builder builder = Iki.builder().id("1.1").indikator("Laporan").target(target);
        if (realisasi != null) {
            builder.realisasi(new BigDecimal(realisasi));
        }
        return builder.build();
    }

    private static RencanaKinerja utama(Iki... iki) {
        return RencanaKinerja.builder().id("1").jenis(JenisKinerja.UTAMA).uraian("Rencana").addIki(iki).build();
    }

    private static Skp skp(AssessmentPeriod periode, RencanaKinerja... rencana) {
        return Skp.builder().pegawai(Person.of("Siti Aminah")).periode(periode).addRencanaKinerja(rencana).build();
    }

    private static Report validate(RencanaKinerja... rencana) {
        return Permen2021Validator.validate(skp(JULY_TO_DECEMBER, rencana));
    }

    @Test
    void validate_completeSkp_isEmpty() {
        assertThat(validate(utama(iki(IkiTarget.of(BigDecimal.TEN, "laporan"), "10"))).isEmpty()).isTrue();
    }

    @Test
    void validate_noUtama_reportsError() {
        Report report = validate();

        assertThat(report.findings()).extracting(Finding::code).containsExactly(Permen2021Validator.UTAMA_MISSING);
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void validate_rencanaWithoutIki_reportsError() {
        Finding finding = validate(utama()).findings().get(0);

        assertThat(finding.code()).isEqualTo(Permen2021Validator.IKI_MISSING);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location()).isEqualTo("rencanaKinerja/1");
    }

    @Test
    void validate_qualitativeWithoutCapaian_reportsError() {
        Report report = validate(utama(iki(IkiTarget.qualitative("Draft disetujui"), null)));

        assertThat(report.findings()).extracting(Finding::code)
                .containsExactly(Permen2021Validator.CAPAIAN_PENILAI_MISSING);
    }

    @Test
    void validate_numericWithoutRealisasi_reportsWarning() {
        Report report = validate(utama(iki(IkiTarget.of(BigDecimal.TEN, "laporan"), null)));

        assertThat(report.findings()).extracting(Finding::code).containsExactly(Permen2021Validator.REALISASI_MISSING);
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void validate_targetWithoutSatuan_reportsWarning() {
        IkiTarget noUnit = IkiTarget.builder().kind(TargetKind.VALUE).value(BigDecimal.TEN).build();

        Finding finding = validate(utama(iki(noUnit, "10"))).findings().get(0);

        assertThat(finding.code()).isEqualTo(Permen2021Validator.SATUAN_MISSING);
        assertThat(finding.location()).isEqualTo("rencanaKinerja/1/iki/1.1/target");
    }

    @Test
    void validate_zeroTarget_reportsWarning() {
        Report report = validate(utama(iki(IkiTarget.of(BigDecimal.ZERO, "pengaduan"), "0")));

        assertThat(report.findings()).extracting(Finding::code).containsExactly(Permen2021Validator.TARGET_ZERO);
    }

    @Test
    void validate_tambahanWithoutBobot_reportsWarning() {
        RencanaKinerja tambahan = RencanaKinerja.builder().id("T1").jenis(JenisKinerja.TAMBAHAN).uraian("Panitia")
                .addIki(Iki.builder().id("T1.1").indikator("SK").target(IkiTarget.qualitative("SK terbit"))
                        .capaianPenilai(BigDecimal.valueOf(100)).build())
                .build();

        Report report = validate(utama(iki(IkiTarget.of(BigDecimal.TEN, "laporan"), "10")), tambahan);

        assertThat(report.findings()).extracting(Finding::code)
                .containsExactly(Permen2021Validator.TAMBAHAN_BOBOT_MISSING);
    }

    @Test
    void validate_periodOutside2021SecondHalf_reportsWarning() {
        Report report = Permen2021Validator.validate(skp(AssessmentPeriod.ofYear(2022),
                utama(iki(IkiTarget.of(BigDecimal.TEN, "laporan"), "10"))));

        assertThat(report.findings()).extracting(Finding::code).containsExactly(Permen2021Validator.PERIOD_OUTSIDE);
    }
}
