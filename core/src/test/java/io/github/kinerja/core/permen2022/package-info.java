/**
 * Tests of {@code io.github.kinerja.core.permen2022}.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.core.permen2022;

import javax.annotation.ParametersAreNonnullByDefault;
