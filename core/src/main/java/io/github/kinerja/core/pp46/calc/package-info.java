/**
 * Scoring of an SKP under PP 46/2011 with Perka BKN 1/2013: calculators behind small interfaces, the policies for
 * the points the sources leave open, and results that explain themselves step by step.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.core.pp46.calc.Pp46Scorer} is the entry point; it returns a
 *       {@link io.github.kinerja.core.pp46.calc.Pp46Result};
 *   <li>calculators: {@link io.github.kinerja.core.pp46.calc.AspekCalculator},
 *       {@link io.github.kinerja.core.pp46.calc.KegiatanCalculator},
 *       {@link io.github.kinerja.core.pp46.calc.CapaianSkpCalculator},
 *       {@link io.github.kinerja.core.pp46.calc.TugasTambahanCalculator},
 *       {@link io.github.kinerja.core.pp46.calc.KreativitasCalculator},
 *       {@link io.github.kinerja.core.pp46.calc.PerilakuCalculator},
 *       {@link io.github.kinerja.core.pp46.calc.PrestasiCalculator} and
 *       {@link io.github.kinerja.core.pp46.calc.KategoriClassifier};
 *   <li>policies: {@link io.github.kinerja.core.pp46.calc.BandBoundaryPolicy} for fractional scores between the
 *       printed category bands and {@link io.github.kinerja.core.pp46.calc.KreativitasAggregation} for several
 *       kreativitas items; rounding is the shared {@link io.github.kinerja.core.RoundingPolicy};
 *   <li>step names: {@link io.github.kinerja.core.pp46.calc.Pp46Steps}.
 * </ul>
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.core.pp46.calc;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
