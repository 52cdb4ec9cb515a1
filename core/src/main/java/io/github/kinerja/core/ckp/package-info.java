/**
 * The BPS CKP (Capaian Kinerja Pegawai), the monthly performance form of Badan Pusat Statistik: the target form
 * CKP-T and the realisation form CKP-R, and the calculator that recomputes the CKP score of a CKP-R.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.core.ckp.CkpForm} is one form with its identity block and its
 *       {@link io.github.kinerja.core.ckp.CkpKegiatan kegiatan} in the sections
 *       {@link io.github.kinerja.core.ckp.JenisKegiatan#UTAMA UTAMA} and
 *       {@link io.github.kinerja.core.ckp.JenisKegiatan#TAMBAHAN TAMBAHAN};
 *   <li>{@link io.github.kinerja.core.ckp.CkpCalculator} with its standard implementation
 *       {@link io.github.kinerja.core.ckp.StandardCkpCalculator} computes a
 *       {@link io.github.kinerja.core.ckp.CkpResult} and compares it with the
 *       {@link io.github.kinerja.core.ckp.FormValue values the form itself shows}.
 * </ul>
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.core.ckp;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
