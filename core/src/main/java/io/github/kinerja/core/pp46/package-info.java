/**
 * The SKP under PP 46/2011 with Perka BKN 1/2013 (the "old" SKP, used for appraisals up to June 2021): the model
 * and its validation.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.core.pp46.SkpPp46} is the SKP with its realisasi, made of
 *       {@link io.github.kinerja.core.pp46.Kegiatan kegiatan} (each with a
 *       {@link io.github.kinerja.core.pp46.Target} and a {@link io.github.kinerja.core.pp46.Realisasi}),
 *       {@link io.github.kinerja.core.pp46.TugasTambahan tugas tambahan},
 *       {@link io.github.kinerja.core.pp46.Kreativitas kreativitas} and
 *       {@link io.github.kinerja.core.pp46.PerilakuKerja perilaku kerja};
 *   <li>{@link io.github.kinerja.core.pp46.KategoriPp46} is the category of a score;
 *   <li>{@link io.github.kinerja.core.pp46.Pp46Validator} reports what in an SKP cannot be scored.
 * </ul>
 *
 * <p>The scoring itself is in {@link io.github.kinerja.core.pp46.calc}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.core.pp46;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
