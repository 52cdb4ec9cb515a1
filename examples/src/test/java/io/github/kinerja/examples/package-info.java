/**
 * Tests of the example programs.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.examples;

import javax.annotation.ParametersAreNonnullByDefault;
