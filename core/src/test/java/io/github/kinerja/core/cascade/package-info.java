/**
 * Tests of {@code io.github.kinerja.core.cascade}.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.core.cascade;

import javax.annotation.ParametersAreNonnullByDefault;
