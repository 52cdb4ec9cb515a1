/**
 * Performance management under PermenPANRB 6/2022 (Pengelolaan Kinerja Pegawai ASN), in use from 2022: the SKP
 * model, the rating matrix, the pola distribusi of SE MenPANRB 3/2023 and the angka kredit conversion.
 *
 * <p>The plan:
 * <ul>
 *   <li>{@link io.github.kinerja.core.permen2022.Skp} with its {@link io.github.kinerja.core.permen2022.ModelSkp
 *       model}, {@link io.github.kinerja.core.permen2022.PlanStatus status}, {@link io.github.kinerja.core.permen2022.Rhk
 *       RHK} (each linked to the superior's RHK by an {@link io.github.kinerja.core.permen2022.RhkReference}),
 *       {@link io.github.kinerja.core.permen2022.Iki IKI} with the shared
 *       {@link io.github.kinerja.core.permen2021.IkiTarget target type}, the ekspektasi khusus per BerAKHLAK
 *       {@link io.github.kinerja.core.permen2022.CoreValue} and the {@link io.github.kinerja.core.permen2022.LampiranSkp
 *       Lampiran};
 *   <li>{@link io.github.kinerja.core.permen2022.Evaluasi} per {@link io.github.kinerja.core.permen2022.PeriodeEvaluasi
 *       period}, with {@link io.github.kinerja.core.permen2022.RealisasiIki realisasi},
 *       {@link io.github.kinerja.core.permen2022.BuktiDukung bukti dukung},
 *       {@link io.github.kinerja.core.permen2022.UmpanBalik umpan balik} and the appraiser's
 *       {@link io.github.kinerja.core.permen2022.Rating ratings};
 *   <li>{@link io.github.kinerja.core.permen2022.UnitOrganisasi} with its
 *       {@link io.github.kinerja.core.permen2022.PredikatOrganisasi}.
 * </ul>
 *
 * <p>The calculations:
 * <ul>
 *   <li>{@link io.github.kinerja.core.permen2022.Permen2022Scorer} turns the ratings into a
 *       {@link io.github.kinerja.core.permen2022.PredikatPegawai} through the
 *       {@link io.github.kinerja.core.permen2022.PredikatMatrix}, taking a unit leader's rating hasil kerja from the
 *       unit ({@link io.github.kinerja.core.permen2022.UnitLeaderRatingPolicy}); a
 *       {@link io.github.kinerja.core.permen2022.RatingSuggester} may add a suggestion;
 *   <li>{@link io.github.kinerja.core.permen2022.AnnualPredikatPolicy} picks the annual predikat;
 *   <li>{@link io.github.kinerja.core.permen2022.DistribusiChecker} checks a unit against its
 *       {@link io.github.kinerja.core.permen2022.PolaDistribusi};
 *   <li>{@link io.github.kinerja.core.permen2022.AngkaKreditCalculator} converts predikat into angka kredit per
 *       {@link io.github.kinerja.core.permen2022.JenjangJf};
 *   <li>{@link io.github.kinerja.core.permen2022.Permen2022Validator} reports problems of plans, evaluations and
 *       units as findings.
 * </ul>
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.core.permen2022;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
