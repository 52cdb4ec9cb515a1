/**
 * Tests of {@code io.github.kinerja.core.permen2021}.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.core.permen2021;

import javax.annotation.ParametersAreNonnullByDefault;
