package io.github.kinerja.core.permen2022;

/**
 * Turns the predikat kinerja organisasi of a unit into the rating hasil kerja of the unit's leader.
 *
 * <p>SE MenPANRB 3/2023 states that the capaian kinerja of the unit is used as its leader's rating hasil kerja, but
 * not how the five organisation predikat map onto the three ratings. The {@link #standard()} mapping is the
 * library's reading; an instansi with another rule implements this interface.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface UnitLeaderRatingPolicy {

    /**
     * Returns the standard mapping: {@link PredikatOrganisasi#ISTIMEWA} gives {@link Rating#DI_ATAS_EKSPEKTASI},
     * {@link PredikatOrganisasi#BAIK} gives {@link Rating#SESUAI_EKSPEKTASI}, and Butuh Perbaikan, Kurang and
     * Sangat Kurang give {@link Rating#DI_BAWAH_EKSPEKTASI}.
     *
     * @return the standard policy, not null
     */
    static UnitLeaderRatingPolicy standard() {
        return StandardUnitLeaderRating.INSTANCE;
    }

    /**
     * Returns the leader's rating hasil kerja.
     *
     * @param predikatUnit  the predikat kinerja organisasi of the unit the employee leads, not null
     * @return the rating, not null
     */
    Rating ratingHasilKerja(PredikatOrganisasi predikatUnit);
}
