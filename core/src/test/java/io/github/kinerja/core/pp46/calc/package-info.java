/**
 * Golden and property tests of the PP 46/2011 calculators and the scorer.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.core.pp46.calc;

import javax.annotation.ParametersAreNonnullByDefault;
