/**
 * A small seeded property-test harness: {@link io.github.kinerja.core.testing.Gen generators},
 * {@link io.github.kinerja.core.testing.Gens basic generators} and
 * {@link io.github.kinerja.core.testing.Property the runner}. Published in the core test jar for the other modules.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.core.testing;

import javax.annotation.ParametersAreNonnullByDefault;
