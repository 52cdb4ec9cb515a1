package io.github.kinerja.core.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.Iki;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.JenisKinerja;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.PredikatPp30;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2021.Skp;
import io.github.kinerja.core.permen2022.Fixtures;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.pp46.Pp46Fixtures;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StandardRuleSetsTest {

    @Test
    void pp46_scoresThroughTheAdapter() {
        SkpPp46 skp = SkpPp46.builder().pegawai(Person.of("Siti Aminah")).period(AssessmentPeriod.ofYear(2019))
                .addKegiatan(Pp46Fixtures.k1(), Pp46Fixtures.k2(), Pp46Fixtures.k3()).perilaku(Pp46Fixtures.p1())
                .build();

        RuleOutcome<Pp46Result> outcome = StandardRuleSets.pp46().apply(RuleKeys.PP46_PRESTASI, skp);

        assertThat(outcome.ruleId()).isEqualTo("pp46/prestasi");
        assertThat(outcome.value().nilaiCapaianSkp().rounded()).isEqualByComparingTo("92.24");
        assertThat(outcome.value().nilaiPrestasiKerja().orElseThrow().rounded()).isEqualByComparingTo("87.74");
        assertThat(outcome.steps()).isEqualTo(outcome.value().steps());
    }

    @Test
    void permen2021_scoresAndValidates() {
        Skp skp = Skp.builder().pegawai(Person.of("Siti Aminah"))
                .periode(AssessmentPeriod.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31)))
                .addRencanaKinerja(RencanaKinerja.builder().id("1").jenis(JenisKinerja.UTAMA).uraian("Dokumen")
                        .addIki(Iki.builder().id("1.1").indikator("Dokumen")
                                .target(IkiTarget.of(new BigDecimal("80"), "dokumen")).realisasi(new BigDecimal("70"))
                                .build())
                        .build())
                .build();
        PenilaianKinerja input = PenilaianKinerja.builder().skp(skp).nilaiPerilaku(new BigDecimal("95")).build();

        RuleOutcome<HasilPenilaian> outcome = StandardRuleSets.permen2021().apply(RuleKeys.PERMEN2021_PENILAIAN, input);

        // 77.5 × 0.7 + 95 × 0.3 = 54.25 + 28.5
        assertThat(outcome.value().nilaiAkhir().nilai()).isEqualByComparingTo("82.75");
        assertThat(outcome.value().predikat()).isEqualTo(PredikatPp30.CUKUP);
        assertThat(outcome.report().isEmpty()).isTrue();
        assertThat(outcome.steps()).isEqualTo(outcome.value().explanation());
    }

    @Test
    void permen2022_scoresAndValidates() {
        PenilaianPegawai input = PenilaianPegawai.builder()
                .skp(Fixtures.staffSkp("SKP-STAF1", Fixtures.staff("Siti Aminah", 1), "1"))
                .evaluasi(Fixtures.januari("SKP-STAF1", Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI))
                .build();

        RuleOutcome<HasilPenilaianPegawai> outcome = StandardRuleSets.permen2022()
                .apply(RuleKeys.PERMEN2022_PREDIKAT, input);

        assertThat(outcome.value().predikat()).isEqualTo(PredikatPegawai.SANGAT_BAIK);
        // The January evaluation has no realisasi for the IKI yet.
        assertThat(outcome.report().findings()).extracting(f -> f.code())
                .containsExactly("permen2022.realisasi.missing");
    }

    @Test
    void apply_keyOfAnotherRuleSet_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StandardRuleSets.pp46().apply(RuleKeys.PERMEN2022_PREDIKAT, PenilaianPegawai.builder()
                        .skp(Fixtures.leaderSkp())
                        .evaluasi(Fixtures.januari("SKP-KABID", Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI))
                        .build()))
                .withMessageStartingWith("rule set pp46-2011 has no rule permenpanrb-6-2022/predikat"
                        + "(PenilaianPegawai -> HasilPenilaianPegawai)");
    }

    @Test
    void ruleSets_describeTheirLegalBasis() {
        assertThat(StandardRuleSets.permen2022().legalBasis()).contains("PermenPANRB 6/2022");
        assertThat(StandardRuleSets.permen2022().rule(RuleKeys.PERMEN2022_PREDIKAT).orElseThrow().description())
                .contains("matrix");
        assertThat(StandardRuleSets.permen2021()).hasToString("permenpanrb-8-2021 (PermenPANRB 8/2021)");
    }
}
