/**
 * Runnable example programs that show the core library at work; {@code cli} contains the command-line tool.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.examples.ScoreSkpExample} scores a PP 46/2011 SKP built in code.
 *   <li>{@link io.github.kinerja.examples.UnitScoringExample} builds a unit of PermenPANRB 6/2022 plans in code,
 *       scores them, checks the cascade and the pola distribusi, and prints the results with their explanations.
 * </ul>
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.examples;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
