/**
 * Benchmarks of the PermenPANRB 6/2022 unit recap: JMH benchmarks of writing and reading recaps of several sizes
 * ({@link io.github.kinerja.benchmarks.RecapWriteBenchmark}, {@link io.github.kinerja.benchmarks.RecapReadBenchmark})
 * and {@link io.github.kinerja.benchmarks.RecapBenchmark}, a program that writes and reads one large recap and
 * prints the time and the peak heap of each step.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.benchmarks;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
