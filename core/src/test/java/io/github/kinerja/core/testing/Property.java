package io.github.kinerja.core.testing;

import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Runs property checks over generated values, with a seed per try so that a failure can be replayed alone.
 *
 * <p>Each try {@code i} draws from a {@link SplittableRandom} seeded with {@code baseSeed + i}. The base seed is
 * fixed (so CI runs are repeatable) unless the system property {@code kinerja.seed} sets it; {@code kinerja.tries}
 * sets the number of tries. A failure names the seed of the failing try and the value, and rerunning with
 * {@code -Dkinerja.seed=<seed> -Dkinerja.tries=1} replays exactly that case.
 */
public final class Property {

    /** The number of tries when {@code kinerja.tries} is not set. */
    public static final int DEFAULT_TRIES = 200;

    private static final long DEFAULT_SEED = 20_261_204L;

    private Property() {}

    /**
     * Checks {@code property} for values drawn from {@code values}.
     *
     * @param values  the generator, not null
     * @param property  the check; it fails by throwing, usually an {@link AssertionError}, not null
     * @param <T> the type of the values
     * @throws AssertionError naming the seed and the value of the first failing try
     */
    public static <T> void forAll(Gen<T> values, Consumer<? super T> property) {
        long baseSeed = Long.getLong("kinerja.seed", DEFAULT_SEED);
        int tries = Integer.getInteger("kinerja.tries", DEFAULT_TRIES);
        for (int i = 0; i < tries; i++) {
            long seed = baseSeed + i;
            T value = values.generate(new SplittableRandom(seed));
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed at try " + i + " with seed " + seed + " for value " + value
                        + " (replay with -Dkinerja.seed=" + seed + " -Dkinerja.tries=1): " + e.getMessage(), e);
            }
        }
    }

    /**
     * Checks {@code property} for pairs of values drawn from {@code first} and {@code second}.
     *
     * @param first  the generator of the first value, not null
     * @param second  the generator of the second value, not null
     * @param property  the check, not null
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @throws AssertionError naming the seed and the values of the first failing try
     */
    public static <A, B> void forAll(Gen<A> first, Gen<B> second, BiConsumer<? super A, ? super B> property) {
        forAll(random -> new Pair<>(first.generate(random), second.generate(random)),
                pair -> property.accept(pair.first, pair.second));
    }

    private static final class Pair<A, B> {
        final A first;
        final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public String toString() {
            return "(" + first + ", " + second + ")";
        }
    }
}
