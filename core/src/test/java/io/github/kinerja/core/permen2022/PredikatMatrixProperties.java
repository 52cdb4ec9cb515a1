package io.github.kinerja.core.permen2022;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The matrix is monotone: a better rating in either dimension never gives a worse predikat. The predikat order is
 * {@link PredikatPegawai#rank()}: Sangat Kurang &lt; Kurang/Misconduct &lt; Butuh Perbaikan &lt; Baik &lt; Sangat Baik,
 * the order of the angka kredit percentages. The matrix never compares Kurang/Misconduct with Butuh Perbaikan along
 * a row or a column, so the property is also true with those two swapped.
 */
class PredikatMatrixProperties {

    private static final Gen<Rating> RATING = Gens.oneOf(Rating.values());

    /** A rating held fixed and two ratings of the other dimension, {@code worse} not above {@code better}. */
    private record Case(Rating fixed, Rating worse, Rating better) {}

    private static final Gen<Case> CASES = random -> {
        Rating fixed = RATING.generate(random);
        Rating a = RATING.generate(random);
        Rating b = RATING.generate(random);
        return a.rank() <= b.rank() ? new Case(fixed, a, b) : new Case(fixed, b, a);
    };

    @Test
    void betterHasilKerjaNeverLowersThePredikat() {
        Property.forAll(CASES, c -> assertThat(rank(c.worse(), c.fixed()))
                .isLessThanOrEqualTo(rank(c.better(), c.fixed())));
    }

    @Test
    void betterPerilakuNeverLowersThePredikat() {
        Property.forAll(CASES, c -> assertThat(rank(c.fixed(), c.worse()))
                .isLessThanOrEqualTo(rank(c.fixed(), c.better())));
    }

    @Test
    void monotoneForEveryPairExhaustively() {
        for (Rating hasil : Rating.values()) {
            for (Rating perilaku : Rating.values()) {
                for (Rating better : Rating.values()) {
                    if (better.rank() >= hasil.rank()) {
                        assertThat(rank(better, perilaku)).isGreaterThanOrEqualTo(rank(hasil, perilaku));
                    }
                    if (better.rank() >= perilaku.rank()) {
                        assertThat(rank(hasil, better)).isGreaterThanOrEqualTo(rank(hasil, perilaku));
                    }
                }
            }
        }
    }

    private static int rank(Rating hasil, Rating perilaku) {
        return PredikatMatrix.standard().predikat(hasil, perilaku).rank();
    }
}
