package io.github.kinerja.core.permen2022;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation of one SKP for one period: realisasi per IKI with bukti dukung, umpan balik, and the appraiser's
 * rating hasil kerja and rating perilaku kerja.
 *
 * <p>Ratings are empty until the appraiser sets them. The IKI are named by id, so one SKP can have many
 * evaluations (monthly or quarterly, and the annual one).
 *
 * <pre>{@code
 * Evaluasi januari = Evaluasi.builder()
 *         .skpId("SKP-2023-STAF1")
 *         .periode(PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1)))
 *         .addRealisasi(RealisasiIki.of("1.1", new BigDecimal("1")))
 *         .ratingHasilKerja(Rating.SESUAI_EKSPEKTASI)
 *         .ratingPerilaku(Rating.SESUAI_EKSPEKTASI)
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evaluasi {

    Evaluasi() {}

    /** Returns a new builder; {@code skpId} and {@code periode} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the id of the evaluated SKP. */
    public abstract String skpId();

    /** Returns the evaluation period. */
    public abstract PeriodeEvaluasi periode();

    /** Returns the realisasi per IKI, in input order. */
    public abstract List<RealisasiIki> realisasi();

    /** Returns the umpan balik, in input order. */
    public abstract List<UmpanBalik> umpanBalik();

    /** Returns the appraiser's rating hasil kerja, once set. */
    public abstract Optional<Rating> ratingHasilKerja();

    /** Returns the appraiser's rating perilaku kerja, once set. */
    public abstract Optional<Rating> ratingPerilaku();

    /**
     * Returns the realisasi of an IKI.
     *
     * @param ikiId  the IKI id, not null
     * @return the first realisasi recorded for the IKI, or empty, not null
     */
    public Optional<RealisasiIki> findRealisasi(String ikiId) {
        return realisasi().stream().filter(r -> r.ikiId().equals(ikiId)).findFirst();
    }

    /**
     * Returns a copy of this evaluation with the given realisasi in place of the present ones.
     *
     * @param realisasi  the realisasi, not null
     * @return the evaluation, not null
     */
    public abstract Evaluasi withRealisasi(RealisasiIki... realisasi);

    /**
     * Returns a copy of this evaluation with the appraiser's rating hasil kerja.
     *
     * @param rating  the rating, not null
     * @return the evaluation, not null
     */
    public abstract Evaluasi withRatingHasilKerja(Rating rating);

    /**
     * Returns a copy of this evaluation with the appraiser's rating perilaku kerja.
     *
     * @param rating  the rating, not null
     * @return the evaluation, not null
     */
    public abstract Evaluasi withRatingPerilaku(Rating rating);

    @Value.Check
    final void check() {
        if (skpId().isBlank()) {
            throw new IllegalArgumentException("skpId of an evaluasi must not be blank");
        }
    }

    /** Builder of evaluations. */
    public static final class Builder extends ImmutableEvaluasi.Builder {
        Builder() {}
    }
}
