package io.github.kinerja.core.pp46.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import io.github.kinerja.core.pp46.KategoriPp46;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Pp46ScorerProperties {

    private static final AspekCalculator ASPECTS = AspekCalculator.standard();
    private static final Gen<BigDecimal> TARGETS = Gens.decimals("0.01", "100000", 2);

    @Test
    void kuantitasValueGrowsWithRealisasi() {
        Gen<BigDecimal> realisasi = Gens.decimals("0", "200000", 3);
        Property.forAll(TARGETS, random -> List.of(realisasi.generate(random), realisasi.generate(random)),
                (target, pair) -> {
                    BigDecimal low = pair.get(0).min(pair.get(1));
                    BigDecimal high = pair.get(0).max(pair.get(1));
                    int expected = low.compareTo(high);

                    int actual = ASPECTS.kuantitas(target, low).value()
                            .compareTo(ASPECTS.kuantitas(target, high).value());

                    assertThat(actual).isEqualTo(expected);
                });
    }

    @Test
    void waktuIsExactly100At24PercentEfficiency() {
        Property.forAll(TARGETS, target -> {
            AspekResult result = ASPECTS.waktu(target, target.multiply(new BigDecimal("0.76")));

            assertThat(result.efisiensi().orElseThrow()).isEqualByComparingTo("24");
            assertThat(result.branch()).contains(EfficiencyBranch.UP_TO_24_PERCENT);
            assertThat(result.value()).isEqualByComparingTo("100");
        });
    }

    @Test
    void biayaIsExactly100At24PercentEfficiency() {
        Property.forAll(TARGETS, target -> {
            assertThat(ASPECTS.biaya(target, target.multiply(new BigDecimal("0.76"))).value())
                    .isEqualByComparingTo("100");
        });
    }

    @Test
    void waktuOnTargetIsExactly76() {
        Property.forAll(TARGETS, target ->
                assertThat(ASPECTS.waktu(target, target).value()).isEqualByComparingTo("76"));
    }

    @Test
    void divisorIsThreeExactlyWhenBiayaIsAbsentOrZero() {
        Property.forAll(Pp46Gens.kegiatan(), kegiatan -> {
            KegiatanResult result = KegiatanCalculator.standard().calculate(kegiatan, ASPECTS);
            boolean noBudget = kegiatan.target().orElseThrow().biaya()
                    .map(b -> b.signum() == 0)
                    .orElse(true);

            assertThat(result.divisor()).isEqualTo(noBudget ? 3 : 4);
            assertThat(result.aspects()).hasSize(result.divisor());
        });
    }

    @Test
    void notExecutedKegiatanScoresZero() {
        Property.forAll(Pp46Gens.kegiatan().filter(k -> !k.isExecuted()), kegiatan ->
                assertThat(KegiatanCalculator.standard().calculate(kegiatan, ASPECTS).value())
                        .isEqualByComparingTo("0"));
    }

    @Test
    void resultDoesNotDependOnTheOrderOfKegiatan() {
        Gen<RoundingStage> stages = Gens.oneOf(RoundingStage.values());
        Property.forAll(Pp46Gens.skp(), stages, (skp, stage) -> {
            Pp46Scorer scorer = Pp46Scorer.defaults()
                    .withRoundingPolicy(RoundingPolicy.defaults().withStage(stage));
            List<Kegiatan> shuffled = new ArrayList<>(skp.kegiatan());
            Collections.shuffle(shuffled, new Random(skp.kegiatan().size()));
            Collections.reverse(shuffled);
            SkpPp46 reordered = SkpPp46.builder().from(skp).kegiatan(shuffled).build();

            Pp46Result original = scorer.score(skp);
            Pp46Result other = scorer.score(reordered);

            assertThat(other.capaianSkp().value()).isEqualByComparingTo(original.capaianSkp().value());
            assertThat(other.nilaiCapaianSkp()).isEqualTo(original.nilaiCapaianSkp());
            assertThat(other.nilaiPrestasiKerja()).isEqualTo(original.nilaiPrestasiKerja());
        });
    }

    @Test
    void categoryIsMonotoneInTheValueForEveryPolicy() {
        Gen<BigDecimal> values = Gens.decimals("-30", "130", 3);
        Property.forAll(values, values, (a, b) -> {
            BigDecimal low = a.min(b);
            BigDecimal high = a.max(b);
            for (BandBoundaryPolicy policy : BandBoundaryPolicy.values()) {
                KategoriPp46 lowKategori = policy.classify(low);
                KategoriPp46 highKategori = policy.classify(high);

                // The constants run from SANGAT_BAIK down to BURUK, so a higher value has a smaller ordinal.
                assertThat(highKategori.ordinal()).as("%s: %s vs %s", policy, low, high)
                        .isLessThanOrEqualTo(lowKategori.ordinal());
            }
        });
    }

    @Test
    void categoryIsMonotoneAroundEveryBandEdge() {
        Gen<BigDecimal> nearEdges = random -> {
            int edge = Gens.oneOf(50, 51, 60, 61, 75, 76, 90, 91).generate(random);
            return BigDecimal.valueOf(edge).add(Gens.decimals("-1", "1", 4).generate(random));
        };
        Property.forAll(nearEdges, nearEdges, (a, b) -> {
            for (BandBoundaryPolicy policy : BandBoundaryPolicy.values()) {
                assertThat(policy.classify(a.max(b)).ordinal())
                        .isLessThanOrEqualTo(policy.classify(a.min(b)).ordinal());
            }
        });
    }

    @Test
    void everyGeneratedSkpIsValidAndScorable() {
        Property.forAll(Pp46Gens.skp(), skp -> {
            Pp46Result result = Pp46Scorer.defaults().score(skp);

            assertThat(result.report().hasErrors()).isFalse();
            assertThat(result.kegiatan()).hasSameSizeAs(skp.kegiatan());
            assertThat(result.prestasi().isPresent()).isEqualTo(skp.perilaku().isPresent());
        });
    }
}
