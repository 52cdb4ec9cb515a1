package io.github.kinerja.core.permen2022;

/**
 * The origin of the rating hasil kerja of a {@link HasilPenilaianPegawai}.
 */
public enum RatingSource {
    /** The pejabat penilai set it in the {@link Evaluasi}. */
    APPRAISER,
    /** The employee leads a unit, so the unit's predikat kinerja organisasi set it via the
     * {@link UnitLeaderRatingPolicy}. */
    UNIT_PREDIKAT
}
