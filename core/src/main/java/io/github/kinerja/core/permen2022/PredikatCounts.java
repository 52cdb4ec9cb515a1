package io.github.kinerja.core.permen2022;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The number of employees of a unit per {@link PredikatPegawai}, the input of the pola distribusi check.
 *
 * <pre>{@code
 * PredikatCounts counts = PredikatCounts.of(2, 14, 3, 1, 0);   // SB, B, BP, K/M, SK
 * counts.total();                                              // 20
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PredikatCounts {

    PredikatCounts() {}

    /**
     * Obtains counts in the order of the predikat, best first.
     *
     * @param sangatBaik  the number of Sangat Baik, zero or more
     * @param baik  the number of Baik, zero or more
     * @param butuhPerbaikan  the number of Butuh Perbaikan, zero or more
     * @param kurangMisconduct  the number of Kurang/Misconduct, zero or more
     * @param sangatKurang  the number of Sangat Kurang, zero or more
     * @return the counts, not null
     * @throws IllegalArgumentException if a count is negative
     */
    public static PredikatCounts of(int sangatBaik, int baik, int butuhPerbaikan, int kurangMisconduct,
            int sangatKurang) {
        Map<PredikatPegawai, Integer> counts = new EnumMap<>(PredikatPegawai.class);
        counts.put(PredikatPegawai.SANGAT_BAIK, sangatBaik);
        counts.put(PredikatPegawai.BAIK, baik);
        counts.put(PredikatPegawai.BUTUH_PERBAIKAN, butuhPerbaikan);
        counts.put(PredikatPegawai.KURANG_MISCONDUCT, kurangMisconduct);
        counts.put(PredikatPegawai.SANGAT_KURANG, sangatKurang);
        return ImmutablePredikatCounts.builder().counts(counts).build();
    }

    /**
     * Counts the predikat of a unit's employees.
     *
     * @param predikat  one predikat per employee, not null
     * @return the counts, not null
     */
    public static PredikatCounts from(Collection<PredikatPegawai> predikat) {
        Objects.requireNonNull(predikat, "predikat");
        int[] counts = new int[PredikatPegawai.values().length];
        for (PredikatPegawai p : predikat) {
            counts[4 - p.rank()]++;
        }
        return of(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /** Returns the count per predikat; a predikat without employees may be absent or 0. */
    public abstract Map<PredikatPegawai, Integer> counts();

    /**
     * Returns the number of employees with a predikat.
     *
     * @param predikat  the predikat, not null
     * @return the count, zero or more
     */
    public int count(PredikatPegawai predikat) {
        return counts().getOrDefault(predikat, 0);
    }

    /**
     * Returns the number of employees with any of the given predikat.
     *
     * @param predikat  the predikat, not null
     * @return the sum of their counts, zero or more
     */
    public int count(Collection<PredikatPegawai> predikat) {
        int sum = 0;
        for (PredikatPegawai p : predikat) {
            sum += count(p);
        }
        return sum;
    }

    /** Returns the number of employees, the sum of all counts. */
    public int total() {
        return counts().values().stream().mapToInt(Integer::intValue).sum();
    }

    @Value.Check
    final void check() {
        for (Map.Entry<PredikatPegawai, Integer> entry : counts().entrySet()) {
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("count of " + entry.getKey() + " must be zero or more, was "
                        + entry.getValue());
            }
        }
    }
}
