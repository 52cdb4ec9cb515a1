package io.github.kinerja.core.pp46.calc;

import static io.github.kinerja.core.pp46.Pp46Fixtures.d;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k1;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k2;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k3;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k4;
import static io.github.kinerja.core.pp46.Pp46Fixtures.p1;
import static io.github.kinerja.core.pp46.Pp46Fixtures.p2;
import static io.github.kinerja.core.pp46.Pp46Fixtures.s1;
import static io.github.kinerja.core.pp46.Pp46Fixtures.skp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.KategoriPp46;
import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.ManfaatKreativitas;
import io.github.kinerja.core.pp46.Pp46Validator;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.TugasTambahan;
import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden vectors of the Nilai Capaian SKP (S), perilaku (P) and prestasi (N), and the scorer's policies. */
class Pp46ScorerTest {

    // 4981 / 54, the exact mean of K1 = 85.5, K2 = 266/3 and K3 = 923/9.
    private static final BigDecimal S1_MEAN = new BigDecimal(4981).divide(new BigDecimal(54), MathContext.DECIMAL128);

    private final Pp46Scorer scorer = Pp46Scorer.defaults();

    @Test
    void s1_meanOfThreeKegiatan_is92point24() {
        Pp46Result result = scorer.score(s1());

        assertThat(result.capaianSkp().kegiatanMean()).isCloseTo(S1_MEAN, within(d("1E-30")));
        assertThat(result.capaianSkp().kegiatanMean().toPlainString()).startsWith("92.24074074074074");
        assertThat(result.capaianSkp().tugasTambahan()).isEqualByComparingTo("0");
        assertThat(result.capaianSkp().kreativitas()).isEqualByComparingTo("0");
        assertThat(result.nilaiCapaianSkp().rounded()).isEqualTo(d("92.24"));
        assertThat(result.nilaiCapaianSkp().kategori()).isEqualTo(KategoriPp46.SANGAT_BAIK);
        assertThat(result.kegiatan()).extracting(KegiatanResult::name)
                .containsExactly(k1().name(), k2().name(), k3().name());
    }

    @Test
    void s1_eachItemRounding_averages85point50And88point67And102point56() {
        Pp46Result result = scorer
                .withRoundingPolicy(RoundingPolicy.defaults().withStage(RoundingStage.EACH_ITEM))
                .score(s1());

        // (85.50 + 88.67 + 102.56) / 3 = 276.73 / 3
        assertThat(result.capaianSkp().kegiatanMean())
                .isEqualByComparingTo(d("276.73").divide(d("3"), MathContext.DECIMAL128));
        assertThat(result.nilaiCapaianSkp().rounded()).isEqualTo(d("92.24"));
        assertThat(result.steps()).filteredOn(s -> s.name().equals(Pp46Steps.KEGIATAN_ROUNDED))
                .extracting(CalculationStep::value)
                .containsExactly(d("85.50"), d("88.67"), d("102.56"));
    }

    @Test
    void k2Alone_truncatingPolicy_presents88point66() {
        SkpPp46 skp = skp().addKegiatan(k2()).build();

        Pp46Result halfUp = scorer.score(skp);
        Pp46Result down = scorer.withRoundingPolicy(RoundingPolicy.defaults().withMode(RoundingMode.DOWN)).score(skp);

        assertThat(halfUp.nilaiCapaianSkp().rounded()).isEqualTo(d("88.67"));
        assertThat(down.nilaiCapaianSkp().rounded()).isEqualTo(d("88.66"));
    }

    @ParameterizedTest(name = "{0} tugas tambahan add {1}")
    @CsvSource({"0, 0", "1, 1", "3, 1", "4, 2", "6, 2", "7, 3", "12, 3"})
    void s3_tugasTambahanCount_addsItsBand(int count, int value) {
        List<TugasTambahan> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(TugasTambahan.of("Tugas " + i));
        }

        CalculationStep step = TugasTambahanCalculator.standard().calculate(tasks);
        Pp46Result result = scorer.score(skp().addKegiatan(k1()).addAllTugasTambahan(tasks).build());

        assertThat(step.name()).isEqualTo(Pp46Steps.SKP_TUGAS_TAMBAHAN);
        assertThat(step.value()).isEqualByComparingTo(BigDecimal.valueOf(value));
        assertThat(result.capaianSkp().tugasTambahan()).isEqualByComparingTo(BigDecimal.valueOf(value));
        assertThat(result.capaianSkp().value()).isEqualByComparingTo(d("85.5").add(BigDecimal.valueOf(value)));
    }

    @Test
    void s4_kreativitasUnitAndNegara_addsTheMaximum12() {
        SkpPp46 skp = skp().addKegiatan(k1())
                .addKreativitas(Kreativitas.of("Aplikasi arsip", ManfaatKreativitas.UNIT_KERJA))
                .addKreativitas(Kreativitas.of("Sistem nasional", ManfaatKreativitas.NEGARA))
                .build();

        Pp46Result max = scorer.score(skp);
        Pp46Result sum = scorer.withKreativitasCalculator(KreativitasAggregation.SUM).score(skp);

        assertThat(max.capaianSkp().kreativitas()).isEqualByComparingTo("12");
        assertThat(max.capaianSkp().value()).isEqualByComparingTo("97.5");
        assertThat(max.steps()).filteredOn(s -> s.name().equals(Pp46Steps.SKP_KREATIVITAS))
                .extracting(CalculationStep::formula).containsExactly("max(3, 12)");
        assertThat(sum.capaianSkp().kreativitas()).isEqualByComparingTo("15");
    }

    @Test
    void p1_fiveAspects_average81Baik() {
        Pp46Result result = scorer.score(skp().addKegiatan(k1()).perilaku(p1()).build());

        assertThat(result.perilaku().orElseThrow().value()).isEqualByComparingTo("81");
        assertThat(result.nilaiPerilaku().orElseThrow().kategori()).isEqualTo(KategoriPp46.BAIK);
        assertThat(result.steps()).filteredOn(s -> s.name().equals(Pp46Steps.PERILAKU_MEAN))
                .extracting(CalculationStep::formula).containsExactly("(80 + 82 + 78 + 85 + 80) / 5");
        assertThat(result.kategoriPerilaku()).containsEntry(AspekPerilaku.DISIPLIN, KategoriPp46.BAIK)
                .containsEntry(AspekPerilaku.KOMITMEN, KategoriPp46.BAIK)
                .hasSize(5);
    }

    @Test
    void p2_sixAspects_average80Baik() {
        Pp46Result result = scorer.score(skp().addKegiatan(k1()).perilaku(p2()).build());

        assertThat(result.perilaku().orElseThrow().value()).isEqualByComparingTo("80");
        assertThat(result.nilaiPerilaku().orElseThrow().kategori()).isEqualTo(KategoriPp46.BAIK);
        assertThat(result.kategoriPerilaku()).containsEntry(AspekPerilaku.KEPEMIMPINAN, KategoriPp46.CUKUP);
    }

    @ParameterizedTest(name = "{0}: SKP {1}, perilaku {2} → {3} {4}")
    @CsvSource({
        "N1, 92.24, 81, 87.744, BAIK",
        "N2, 92.24, 80, 87.344, BAIK",
        "N4, 95,    92, 93.8,   SANGAT_BAIK",
        "N5, 60,    70, 64,     CUKUP",
        "N6, 50,    50, 50,     BURUK"
    })
    void n_prestasi_is60PercentSkpPlus40PercentPerilaku(String vector, String skp, String perilaku,
            String prestasi, KategoriPp46 kategori) {
        PrestasiResult result = PrestasiCalculator.standard().calculate(d(skp), d(perilaku));

        assertThat(result.skpPart()).isEqualByComparingTo(d(skp).multiply(d("0.6")));
        assertThat(result.perilakuPart()).isEqualByComparingTo(d(perilaku).multiply(d("0.4")));
        assertThat(result.value()).isEqualByComparingTo(prestasi);
        assertThat(BandBoundaryPolicy.HYBRID.classify(result.value())).isEqualTo(kategori);
    }

    @Test
    void n1_steps_showTheWeights() {
        PrestasiResult result = PrestasiCalculator.standard().calculate(d("92.24"), d("81"));

        assertThat(result.steps()).extracting(CalculationStep::formula)
                .containsExactly("92.24 × 0.6", "81 × 0.4", "55.344 + 32.4");
    }

    @Test
    void s1WithP1_exactPipeline_presents87point74Baik() {
        Pp46Result result = scorer.score(SkpPp46.builder().from(s1()).perilaku(p1()).build());

        // 0.6 × 4981/54 + 32.4 = 87.7444…
        assertThat(result.prestasi().orElseThrow().value())
                .isCloseTo(S1_MEAN.multiply(d("0.6")).add(d("32.4")), within(d("1E-30")));
        assertThat(result.nilaiPrestasiKerja().orElseThrow().rounded()).isEqualTo(d("87.74"));
        assertThat(result.nilaiPrestasiKerja().orElseThrow().kategori()).isEqualTo(KategoriPp46.BAIK);
    }

    @Test
    void s1WithP1_eachItemRounding_isN1Exactly() {
        Pp46Result result = scorer
                .withRoundingPolicy(RoundingPolicy.defaults().withStage(RoundingStage.EACH_ITEM))
                .score(SkpPp46.builder().from(s1()).perilaku(p1()).build());

        assertThat(result.prestasi().orElseThrow().skpPart()).isEqualByComparingTo("55.344");
        assertThat(result.prestasi().orElseThrow().value()).isEqualByComparingTo("87.744");
    }

    @Test
    void s1WithP2_presents87point34() {
        Pp46Result result = scorer.score(SkpPp46.builder().from(s1()).perilaku(p2()).build());

        assertThat(result.nilaiPrestasiKerja().orElseThrow().rounded()).isEqualTo(d("87.34"));
    }

    @Test
    void skpWithoutPerilaku_hasNoPrestasi() {
        Pp46Result result = scorer.score(s1());

        assertThat(result.perilaku()).isEmpty();
        assertThat(result.nilaiPerilaku()).isEmpty();
        assertThat(result.kategoriPerilaku()).isEmpty();
        assertThat(result.prestasi()).isEmpty();
        assertThat(result.nilaiPrestasiKerja()).isEmpty();
        assertThat(result.steps()).extracting(CalculationStep::name).last().isEqualTo(Pp46Steps.SKP_ROUNDED);
    }

    @Test
    void steps_runInCalculationOrder() {
        Pp46Result result = scorer.score(SkpPp46.builder().from(s1()).perilaku(p1()).build());

        List<String> names = result.steps().stream().map(CalculationStep::name).collect(Collectors.toList());
        assertThat(names).startsWith(Pp46Steps.KUANTITAS_CAPAIAN);
        assertThat(names).endsWith(Pp46Steps.SKP_MEAN, Pp46Steps.SKP_TUGAS_TAMBAHAN, Pp46Steps.SKP_KREATIVITAS,
                Pp46Steps.SKP_CAPAIAN, Pp46Steps.SKP_ROUNDED, Pp46Steps.PERILAKU_MEAN, Pp46Steps.PERILAKU_ROUNDED,
                Pp46Steps.PRESTASI_SKP, Pp46Steps.PRESTASI_PERILAKU, Pp46Steps.PRESTASI_NILAI,
                Pp46Steps.PRESTASI_ROUNDED);
        assertThat(names).filteredOn(Pp46Steps.KEGIATAN_NILAI::equals).hasSize(3);
    }

    @Test
    void kategori_followsTheRoundedValue() {
        // (100 + 96.988 + 76) / 3 = 90.996, presented as 91.00
        Kegiatan kegiatan = Kegiatan.builder()
                .name("Laporan")
                .target(Target.of(d("1"), d("100"), d("12")))
                .realisasi(Realisasi.of(d("1"), d("96.988"), d("12")))
                .build();

        Nilai nilai = scorer.score(skp().addKegiatan(kegiatan).build()).nilaiCapaianSkp();

        assertThat(nilai.exact()).isEqualByComparingTo("90.996");
        assertThat(nilai.rounded()).isEqualTo(d("91.00"));
        assertThat(nilai.kategori()).isEqualTo(KategoriPp46.SANGAT_BAIK);
        assertThat(BandBoundaryPolicy.HYBRID.classify(nilai.exact())).isEqualTo(KategoriPp46.BAIK);
        assertThat(nilai.toString()).isEqualTo("91.00 (Sangat Baik)");
    }

    @Test
    void bandPolicy_changesTheCategoryOfGapValues() {
        // (100 + 95.5 + 76) / 3 = 90.5
        Kegiatan kegiatan = Kegiatan.builder()
                .name("Laporan")
                .target(Target.of(d("1"), d("100"), d("12")))
                .realisasi(Realisasi.of(d("1"), d("95.5"), d("12")))
                .build();
        SkpPp46 skp = skp().addKegiatan(kegiatan).build();

        assertThat(scorer.score(skp).nilaiCapaianSkp().kategori()).isEqualTo(KategoriPp46.BAIK);
        assertThat(scorer.withKategoriClassifier(BandBoundaryPolicy.UPPER_INCLUSIVE).score(skp)
                .nilaiCapaianSkp().kategori()).isEqualTo(KategoriPp46.SANGAT_BAIK);
    }

    @Test
    void k4NotExecuted_lowersTheMean() {
        Pp46Result result = scorer.score(skp().addKegiatan(k1(), k4()).build());

        assertThat(result.capaianSkp().kegiatanMean()).isEqualByComparingTo("42.75");
        assertThat(result.report().findings()).extracting(f -> f.code())
                .containsExactly(Pp46Validator.KEGIATAN_NOT_EXECUTED);
    }

    @Test
    void score_invalidSkp_throwsWithTheWholeReport() {
        Kegiatan zeroWaktu = Kegiatan.builder().from(k2()).target(Target.of(d("1"), d("100"), d("0"))).build();
        Kegiatan noTarget = Kegiatan.builder().name("Tanpa target").build();
        SkpPp46 skp = skp().addKegiatan(zeroWaktu, noTarget).build();

        assertThatExceptionOfType(InvalidSkpException.class)
                .isThrownBy(() -> scorer.score(skp))
                .withMessageStartingWith("SKP cannot be scored, fix these errors first:")
                .withMessageContaining("/kegiatan/0/target/waktu: Kegiatan 1 \"K2 Menyusun rencana kerja\": "
                        + "target waktu must be greater than 0")
                .withMessageContaining("/kegiatan/1: Kegiatan 2 \"Tanpa target\" has no target")
                .satisfies(e -> assertThat(e.report().findings(Severity.ERROR)).hasSize(2));
    }

    @Test
    void validate_delegatesToTheValidator() {
        SkpPp46 skp = skp().build();

        assertThat(scorer.validate(skp)).isEqualTo(Pp46Validator.validate(skp));
    }

    @Test
    void withers_replaceOnePart() {
        KategoriClassifier alwaysCukup = value -> KategoriPp46.CUKUP;
        Pp46Scorer custom = scorer.withKategoriClassifier(alwaysCukup)
                .withPrestasiCalculator(PrestasiCalculator.weighted(d("0.7"), d("0.3")));

        Pp46Result result = custom.score(SkpPp46.builder().from(s1()).perilaku(p1()).build());

        assertThat(custom.kategoriClassifier()).isSameAs(alwaysCukup);
        assertThat(custom.roundingPolicy()).isEqualTo(RoundingPolicy.defaults());
        assertThat(result.nilaiCapaianSkp().kategori()).isEqualTo(KategoriPp46.CUKUP);
        assertThat(result.prestasi().orElseThrow().perilakuPart()).isEqualByComparingTo("24.3");
        assertThat(scorer.kategoriClassifier()).isEqualTo(BandBoundaryPolicy.HYBRID);
    }

    @Test
    void weighted_invalidWeights_throw() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PrestasiCalculator.weighted(d("0.6"), d("0.5")))
                .withMessage("weights must add up to 1, was 0.6 + 0.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PrestasiCalculator.weighted(d("1.2"), d("-0.2")))
                .withMessage("skpWeight must be between 0 and 1, was 1.2");
        assertThat(PrestasiCalculator.weighted(d("0.60"), d("0.40"))).isEqualTo(PrestasiCalculator.standard());
    }

    @Test
    void nullArguments_throwNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> scorer.score(null)).withMessage("skp");
        assertThatNullPointerException().isThrownBy(() -> scorer.withRoundingPolicy(null));
        assertThatNullPointerException().isThrownBy(() -> PrestasiCalculator.weighted(null, d("0.4")))
                .withMessage("skpWeight");
        assertThatNullPointerException().isThrownBy(() -> KreativitasAggregation.MAX.calculate(null))
                .withMessage("kreativitas");
        assertThatNullPointerException().isThrownBy(() -> TugasTambahanCalculator.standard().calculate(null))
                .withMessage("tugasTambahan");
        assertThatNullPointerException().isThrownBy(() -> PerilakuCalculator.standard().calculate(null))
                .withMessage("perilaku");
    }
}
