package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.pp46.Kegiatan;

/**
 * Calculates the nilai capaian of one kegiatan from the capaian of its aspects.
 *
 * <p>The {@linkplain #standard() standard} calculator sums the capaian of kuantitas, kualitas, waktu and, for a
 * kegiatan with a biaya target, biaya (the penghitungan) and divides by the number of aspects, 3 or 4. A biaya target
 * that is absent or zero means no budget, so the divisor is 3. A kegiatan without realisasi was not executed and
 * scores 0, still with divisor 3 or 4.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface KegiatanCalculator {

    /** Returns the calculator of Perka BKN 1/2013. */
    static KegiatanCalculator standard() {
        return StandardKegiatanCalculator.INSTANCE;
    }

    /**
     * Calculates the nilai capaian of a kegiatan.
     *
     * @param kegiatan  the kegiatan, with a target, not null
     * @param aspects  the calculator of the aspect capaian, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the kegiatan cannot be scored, for example because it has no target or a
     *     target of zero, which {@link io.github.kinerja.core.pp46.Pp46Validator} reports beforehand
     */
    KegiatanResult calculate(Kegiatan kegiatan, AspekCalculator aspects);
}
