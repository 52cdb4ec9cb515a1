package io.github.kinerja.core.permen2021;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NilaiCapaianTableProperties {

    private static final Gen<BigDecimal> CAPAIAN = Gens.decimals("-60", "250", 3);
    private static final Gen<CapaianGapPolicy> POLICY = Gens.oneOf(CapaianGapPolicy.values());

    /** Two capaian in ascending order, a policy and the maximum attainable flag. */
    private record Case(BigDecimal low, BigDecimal high, CapaianGapPolicy policy, boolean maximum) {}

    private static final Gen<Case> CASES = random -> {
        BigDecimal a = CAPAIAN.generate(random);
        BigDecimal b = CAPAIAN.generate(random);
        boolean ascending = a.compareTo(b) <= 0;
        return new Case(ascending ? a : b, ascending ? b : a, POLICY.generate(random), random.nextBoolean());
    };

    @Test
    void nilaiStaysBetween0And120() {
        Property.forAll(CASES, c -> {
            BigDecimal nilai = NilaiCapaianTable.of(c.policy()).nilai(c.low(), c.maximum()).nilai();
            assertThat(nilai).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(120));
        });
    }

    @Test
    void nilaiNeverDecreasesAsCapaianGrows() {
        Property.forAll(CASES, c -> {
            NilaiCapaianTable table = NilaiCapaianTable.of(c.policy());
            BigDecimal low = table.nilai(c.low(), c.maximum()).nilai();
            BigDecimal high = table.nilai(c.high(), c.maximum()).nilai();
            assertThat(low).isLessThanOrEqualTo(high);
        });
    }

    @Test
    void nilaiOfWholeCapaianIsTheSameUnderBothPolicies() {
        Property.forAll(Gens.integers(0, 200), c -> {
            BigDecimal capaian = BigDecimal.valueOf(c);
            assertThat(NilaiCapaianTable.of(CapaianGapPolicy.INTERPOLATE).nilai(capaian).nilai())
                    .isEqualByComparingTo(
                            NilaiCapaianTable.of(CapaianGapPolicy.ROUND_CAPAIAN_TO_INTEGER).nilai(capaian).nilai());
        });
    }
}
