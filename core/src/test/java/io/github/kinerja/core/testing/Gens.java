package io.github.kinerja.core.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Factories of basic {@link Gen generators}: numbers, exact decimals, text, dates, choices and lists.
 */
public final class Gens {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ";

    private Gens() {}

    /** Returns a generator of integers from {@code min} to {@code max}, both inclusive. */
    public static Gen<Integer> integers(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min must not exceed max, was " + min + " > " + max);
        }
        return random -> min + random.nextInt(max - min + 1);
    }

    /**
     * Returns a generator of exact decimals with the given scale from {@code min} to {@code max}, both inclusive.
     *
     * @param min  the smallest value, as decimal text such as {@code "0.5"}, not null
     * @param max  the largest value, as decimal text, not null
     * @param scale  the number of decimal places of every value, zero or more
     * @return the generator, not null
     */
    public static Gen<BigDecimal> decimals(String min, String max, int scale) {
        BigInteger low = new BigDecimal(min).movePointRight(scale).toBigIntegerExact();
        BigInteger high = new BigDecimal(max).movePointRight(scale).toBigIntegerExact();
        long span = high.subtract(low).longValueExact();
        if (span < 0) {
            throw new IllegalArgumentException("min must not exceed max, was " + min + " > " + max);
        }
        return random -> new BigDecimal(low.add(BigInteger.valueOf(random.nextLong(span + 1))), scale);
    }

    /** Returns a generator of {@code true} and {@code false} with equal chances. */
    public static Gen<Boolean> booleans() {
        return random -> random.nextBoolean();
    }

    /**
     * Returns a generator that picks one of the given values with equal chances.
     *
     * @param values  the values, at least one, not null
     * @param <T> the type of the values
     * @return the generator, not null
     */
    @SafeVarargs
    public static <T> Gen<T> oneOf(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T value : values) {
            list.add(value);
        }
        return elements(list);
    }

    /** Returns a generator that picks one element of {@code values} with equal chances. */
    public static <T> Gen<T> elements(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values must not be empty");
        }
        List<T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /** Returns a generator of lists of {@code min} to {@code max} elements drawn from {@code elements}. */
    public static <T> Gen<List<T>> lists(Gen<T> elements, int min, int max) {
        Gen<Integer> sizes = integers(min, max);
        return random -> {
            int size = sizes.generate(random);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(elements.generate(random));
            }
            return Collections.unmodifiableList(list);
        };
    }

    /** Returns a generator that yields an empty optional one time in four and a value of {@code values} otherwise. */
    public static <T> Gen<Optional<T>> optionals(Gen<T> values) {
        return random -> random.nextInt(4) == 0 ? Optional.empty() : Optional.of(values.generate(random));
    }

    /** Returns a generator of text of {@code minLength} to {@code maxLength} letters and spaces. */
    public static Gen<String> strings(int minLength, int maxLength) {
        return strings(minLength, maxLength, LETTERS);
    }

    /** Returns a generator of text of {@code minLength} to {@code maxLength} characters drawn from {@code alphabet}. */
    public static Gen<String> strings(int minLength, int maxLength, String alphabet) {
        Gen<Integer> lengths = integers(minLength, maxLength);
        return random -> {
            int length = lengths.generate(random);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        };
    }

    /** Returns a generator of dates from {@code first} to {@code last}, both inclusive. */
    public static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
        long span = last.toEpochDay() - first.toEpochDay();
        if (span < 0) {
            throw new IllegalArgumentException("first must not be after last, was " + first + " > " + last);
        }
        return random -> LocalDate.ofEpochDay(first.toEpochDay() + random.nextLong(span + 1));
    }
}
