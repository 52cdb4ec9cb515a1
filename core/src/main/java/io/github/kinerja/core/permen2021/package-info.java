/**
 * SKP scoring under PP 30/2019 with PermenPANRB 8/2021 (Sistem Manajemen Kinerja PNS), used for July to
 * December 2021, and the IKI target vocabulary that PermenPANRB 6/2022 keeps.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.core.permen2021.IkiTarget} (with
 *       {@link io.github.kinerja.core.permen2021.TargetKind} and
 *       {@link io.github.kinerja.core.permen2021.TargetDirection}) is the target of an IKI (Indikator Kinerja
 *       Individu): a value with its satuan, a range or a qualitative description; 6/2022 reuses it;
 *   <li>{@link io.github.kinerja.core.permen2021.CapaianIki} computes the capaian (achievement percentage) of an
 *       IKI, including the kondisi khusus where a lower realisasi is better;
 *   <li>{@link io.github.kinerja.core.permen2021.NilaiCapaianTable} turns a capaian into a nilai of 0 to 120,
 *       with the {@link io.github.kinerja.core.permen2021.CapaianGapPolicy} for capaian between the printed
 *       integer bands;
 *   <li>{@link io.github.kinerja.core.permen2021.Skp}, {@link io.github.kinerja.core.permen2021.RencanaKinerja}
 *       and {@link io.github.kinerja.core.permen2021.Iki} model the SKP;
 *   <li>{@link io.github.kinerja.core.permen2021.Permen2021Scorer} scores a
 *       {@link io.github.kinerja.core.permen2021.PenilaianKinerja} into a
 *       {@link io.github.kinerja.core.permen2021.HasilPenilaian}: nilai SKP, nilai akhir with the
 *       {@link io.github.kinerja.core.permen2021.PrestasiWeights} of PP 30/2019 Pasal 41 and the
 *       {@link io.github.kinerja.core.permen2021.PredikatPp30};
 *   <li>{@link io.github.kinerja.core.permen2021.Permen2021Validator} reports problems of an SKP as findings.
 * </ul>
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.core.permen2021;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
