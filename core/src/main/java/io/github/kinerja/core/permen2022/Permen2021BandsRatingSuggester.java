package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.permen2021.CapaianIki;
import io.github.kinerja.core.permen2021.NilaiCapaianIki;
import io.github.kinerja.core.permen2021.NilaiCapaianTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@link RatingSuggester} that reuses the PermenPANRB 8/2021 capaian table: a <em>local choice</em>, not a rule
 * of PermenPANRB 6/2022, which sets no threshold from IKI capaian to a rating.
 *
 * <p>Each IKI with a numeric target and a numeric realisasi in the evaluation gets its 8/2021 capaian and nilai
 * (0 to 120); the mean of those nilai is then read with the PP 30/2019 bands: 110 or more suggests
 * {@link Rating#DI_ATAS_EKSPEKTASI}, 90 to below 110 {@link Rating#SESUAI_EKSPEKTASI}, below 90
 * {@link Rating#DI_BAWAH_EKSPEKTASI}. So a capaian of exactly 100 % on every IKI (nilai 109) suggests "as
 * expected" and 101 % (nilai 110) "above". Qualitative IKI and IKI without realisasi are left out; without any
 * measurable IKI there is no suggestion.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Permen2021BandsRatingSuggester implements RatingSuggester {

    private static final BigDecimal ABOVE_FROM = BigDecimal.valueOf(110);
    private static final BigDecimal AS_EXPECTED_FROM = BigDecimal.valueOf(90);

    Permen2021BandsRatingSuggester() {}

    /** Returns the suggester with the standard 8/2021 capaian table. */
    public static Permen2021BandsRatingSuggester standard() {
        return of(NilaiCapaianTable.standard());
    }

    /**
     * Obtains the suggester with a capaian table.
     *
     * @param table  the table and its gap policy, not null
     * @return the suggester, not null
     */
    public static Permen2021BandsRatingSuggester of(NilaiCapaianTable table) {
        Objects.requireNonNull(table, "table");
        return ImmutablePermen2021BandsRatingSuggester.of(table);
    }

    /** Returns the capaian table. */
    @Value.Parameter
    public abstract NilaiCapaianTable table();

    @Override
    public Optional<RatingSuggestion> suggest(Skp skp, Evaluasi evaluasi) {
        Objects.requireNonNull(skp, "skp");
        Objects.requireNonNull(evaluasi, "evaluasi");

        List<CalculationStep> steps = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (Iki iki : skp.allIki()) {
            Optional<BigDecimal> realisasi = evaluasi.findRealisasi(iki.id()).flatMap(RealisasiIki::nilai);
            if (!iki.target().isNumeric() || realisasi.isEmpty()) {
                continue;
            }
            CapaianIki capaian = CapaianIki.of(iki.target(), realisasi.orElseThrow());
            NilaiCapaianIki nilai = table().nilai(capaian, iki.target().maximumAttainable());
            steps.add(CalculationStep.of("permen2022.saran.iki." + iki.id(), "capaian "
                    + capaian.percent().round(MathContext.DECIMAL64).toPlainString() + " % -> nilai (8/2021 table)",
                    nilai.nilai()));
            sum = sum.add(nilai.nilai());
            count++;
        }
        if (count == 0) {
            return Optional.empty();
        }

        BigDecimal mean = sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
        steps.add(CalculationStep.of("permen2022.saran.rataRata", "mean of " + count + " IKI nilai", mean));

        Rating rating;
        if (mean.compareTo(ABOVE_FROM) >= 0) {
            rating = Rating.DI_ATAS_EKSPEKTASI;
        } else if (mean.compareTo(AS_EXPECTED_FROM) >= 0) {
            rating = Rating.SESUAI_EKSPEKTASI;
        } else {
            rating = Rating.DI_BAWAH_EKSPEKTASI;
        }
        steps.add(CalculationStep.of("permen2022.saran.rating", "mean >= 110: DI_ATAS_EKSPEKTASI; >= 90: "
                + "SESUAI_EKSPEKTASI; else DI_BAWAH_EKSPEKTASI (local choice) -> " + rating, mean));

        return Optional.of(RatingSuggestion.builder()
                .rating(rating)
                .suggester("Permen2021BandsRatingSuggester: mean 8/2021 IKI nilai, PP 30/2019 bands 110/90")
                .steps(steps)
                .build());
    }
}
