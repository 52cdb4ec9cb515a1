/**
 * Tests of the PP 46/2011 model and its validation, and the fixtures shared with the calculator tests.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.core.pp46;

import javax.annotation.ParametersAreNonnullByDefault;
