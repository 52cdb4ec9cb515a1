package io.github.kinerja.core.testing;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A seeded generator of test values for property tests.
 *
 * <p>A generator draws only from the random source it is given, so the same seed always yields the same value.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

    /**
     * Generates one value.
     *
     * @param random  the seeded source to draw from, not null
     * @return the value, not null
     */
    T generate(SplittableRandom random);

    /**
     * Returns a generator that applies {@code mapper} to each value of this one.
     *
     * @param mapper  the function to apply, not null
     * @param <R> the type of the mapped values
     * @return the mapped generator, not null
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(generate(random));
    }

    /**
     * Returns a generator that draws again until a value matches {@code condition}.
     *
     * @param condition  the condition values must meet; it should hold for most values, not null
     * @return the filtered generator, not null
     * @throws IllegalStateException from the returned generator if 1000 draws in a row fail the condition
     */
    default Gen<T> filter(Predicate<? super T> condition) {
        return random -> {
            for (int attempt = 0; attempt < 1000; attempt++) {
                T value = generate(random);
                if (condition.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("filter rejected 1000 values in a row; generate valid values directly");
        };
    }
}
