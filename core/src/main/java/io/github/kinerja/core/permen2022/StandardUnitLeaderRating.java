package io.github.kinerja.core.permen2022;

import java.util.Objects;

/** The standard {@link UnitLeaderRatingPolicy}, as an enum so that it is a serialisable singleton. */
enum StandardUnitLeaderRating implements UnitLeaderRatingPolicy {
    INSTANCE;

    @Override
    public Rating ratingHasilKerja(PredikatOrganisasi predikatUnit) {
        Objects.requireNonNull(predikatUnit, "predikatUnit");
        return switch (predikatUnit) {
            case ISTIMEWA -> Rating.DI_ATAS_EKSPEKTASI;
            case BAIK -> Rating.SESUAI_EKSPEKTASI;
            case BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG -> Rating.DI_BAWAH_EKSPEKTASI;
        };
    }

    @Override
    public String toString() {
        return "UnitLeaderRatingPolicy.standard (ISTIMEWA -> DI_ATAS, BAIK -> SESUAI, others -> DI_BAWAH)";
    }
}
